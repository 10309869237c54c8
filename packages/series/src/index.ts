// The public surface of this package is added by its model and parser units.
export {};
