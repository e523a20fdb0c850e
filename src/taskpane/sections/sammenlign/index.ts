// Sammenlign: loaded when its tab is first opened (App.tsx), with the comparison core.
export { Sammenlign as default } from "./Sammenlign";
