import { createFormErrorReader } from '@comptoir/sdk';
import { describeError } from './describe-error';

/**
 * Turns a failed submission into messages for a form: the API's field errors on the form's fields, everything
 * else in one sentence at the top, in the back-office's words.
 */
export const getFormErrors = createFormErrorReader(describeError);
