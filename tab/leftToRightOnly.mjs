// An esbuild plugin that leaves out Griffel's right-to-left conversion (rtl-css-js, 2.6 KB gzip in the
// script every staff page waits for): the tab speaks French and English only, both left to right.
//
// Griffel asks rtl-css-js for the mirror of each style it writes at run time (padding-left becomes
// padding-right…) and adds an RTL rule only where it differs; answering "unchanged" adds none, which
// is exactly right for a page that is never dir="rtl". A right-to-left language would need this
// plugin gone (tab/build.mjs), nothing else.
export function leftToRightOnly() {
  return {
    name: "left-to-right-only",
    setup(build) {
      build.onResolve({ filter: /^rtl-css-js\/core$/ }, () => ({ path: "rtl-css-js/core", namespace: "ltr-only" }));
      build.onLoad({ filter: /.*/, namespace: "ltr-only" }, () => ({
        contents: [
          "export const convertProperty = (key, value) => ({ key, value });",
          "export const convert = (styles) => styles;",
        ].join("\n"),
        loader: "js",
      }));
    },
  };
}
