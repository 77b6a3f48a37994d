/** Counts as the explorer prints them: grouped thousands, in English. */
const number = new Intl.NumberFormat('en-US');

export const count = (n: number): string => number.format(n);
