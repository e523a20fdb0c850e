// Kontrollér Excel: loaded when its tab is first opened (App.tsx).
export { Kontrol as default } from "./Kontrol";
