type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One namespace of interface text: Russian first (the source of keys), English
 * checked by the compiler to have exactly the same keys.
 */
export function defineMessages<const T extends object>(ru: T, en: Widen<T>) {
  return { ru: ru as Widen<T>, en };
}
