// Babel transpiles TypeScript for Jest and webpack; type checking is `tsc --noEmit` (npm run typecheck).
module.exports = (api) => {
  const isTest = api.env("test");
  return {
    presets: [
      ["@babel/preset-env", isTest ? { targets: { node: "current" } } : { targets: "defaults and supports es6-module", modules: false }],
      ["@babel/preset-typescript", { allowDeclareFields: true }],
      ["@babel/preset-react", { runtime: "automatic" }],
    ],
  };
};
