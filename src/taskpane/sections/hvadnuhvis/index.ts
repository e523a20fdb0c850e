// Hvad nu hvis: loaded when its tab is first opened (App.tsx).
export { HvadNuHvis as default } from "./HvadNuHvis";
