/* global document, __SAMPLE_WORKBOOKS__ */
// Entry of workbench.html: the workbench page (see Workbench.tsx).
import { createRoot } from "react-dom/client";
import { Workbench } from "./Workbench";

const element = document.getElementById("workbench");
if (element) createRoot(element).render(<Workbench samples={__SAMPLE_WORKBOOKS__} />);
