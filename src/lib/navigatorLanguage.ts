// Imported for its effect, before uPlot (which reads navigator.language when its module loads):
// see repairNavigatorLanguage.
import { repairNavigatorLanguage } from './locale';

repairNavigatorLanguage();
