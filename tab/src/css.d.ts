// Stylesheets are bundled by esbuild (tab/build.mjs); importing one only adds it to the page.
declare module "*.css";
