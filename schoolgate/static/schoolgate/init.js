import { initAll } from "../govuk/govuk-frontend.min.js";
import "./reveal.js";
import "./person-picker.js";

initAll();
