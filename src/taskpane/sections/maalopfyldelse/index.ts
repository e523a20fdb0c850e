// Målopfyldelse: the section the pane opens on (App.tsx imports it; the others load when their tab opens).
export { Maalopfyldelse as default } from "./Maalopfyldelse";
