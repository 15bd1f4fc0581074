export { ChoiceRow, ErrorText, FieldRoot, HintText, LabelText, Required, choiceInputCss, controlCss, useField, type FieldProps } from './Field.js';
