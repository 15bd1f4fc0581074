export {
  ChoiceRow,
  ErrorText,
  FieldHeader,
  FieldRoot,
  HintText,
  Required,
  choiceInputCss,
  useField,
  type FieldProps,
} from './Field.js';
