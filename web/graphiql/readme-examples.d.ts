/** The README's example queries, extracted when the page is built (web/readme-examples.mjs). */
declare module "readme-examples" {
  export const examples: readonly { readonly title: string; readonly query: string }[];
}
