// The mini-program draws its own title bar and tab bar; see h5Style.h5.ts for H5.
export {}
