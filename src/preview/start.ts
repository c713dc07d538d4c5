// The preview's first script, small: it starts the pipeline's worker and (with ?sample) asks for the sample, then
// loads the page itself (React, Fluent UI, the pane), so the worker's start, the sample's download and the page's
// code run side by side rather than one after the other.
import { startPipeline } from '../taskpane/pipeline/check';
import './sample';

startPipeline();
void import(/* webpackPreload: true */ './index');
