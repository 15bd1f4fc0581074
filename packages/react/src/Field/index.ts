export {
  ChoiceRow,
  ErrorText,
  FieldHeader,
  FieldRoot,
  HintText,
  LabelText,
  Required,
  choiceInputCss,
  controlCss,
  useField,
  type FieldProps,
} from './Field.js';
