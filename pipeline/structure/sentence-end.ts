/** A line that ends a sentence (then the next line may start a new one): furniture, headings and paragraph breaks read it. */
export const ENDS_SENTENCE = /[.!?…:]["”’»)\]]*$/u
