// Spredning: loaded when its tab is first opened (App.tsx), with DST's municipality data.
export { Spredning as default } from "./Spredning";
