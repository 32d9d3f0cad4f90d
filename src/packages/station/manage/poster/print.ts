// Printing from the page is an H5 matter; see print.h5.ts.
export {}
