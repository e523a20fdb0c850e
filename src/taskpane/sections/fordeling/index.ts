// Fordeling: loaded when its tab is first opened (App.tsx).
export { Fordeling as default } from "./Fordeling";
