/** Deterministic ids of the volunteer domain: defined in the contract, so the demo seed uses the same. */
export * from '../../types/volunteer/ids'
