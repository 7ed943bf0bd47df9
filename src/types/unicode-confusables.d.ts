// The package ships no usable declarations (its file is named `index.ts.d`): what we call of it.
declare module 'unicode-confusables' {
  const confusables: {
    /** Each code point replaced by the prototype it is confusable with (Unicode TS #39 confusables.txt). */
    readonly rectifyConfusion: (text: string) => string;
  };
  export default confusables;
}
