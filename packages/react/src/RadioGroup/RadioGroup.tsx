'use client';
import { forwardRef, useId, type ReactNode } from 'react';
import { part } from '../internal/part.js';
import { Fieldset, type FieldsetProps } from '../Fieldset/Fieldset.js';
import { ChoiceRow, HintText } from '../Field/index.js';
import { devCheckControlled, devInvariant } from '../internal/dev.js';

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** Help for this one option. */
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps extends Omit<FieldsetProps, 'onChange' | 'defaultValue' | 'children'> {
  /** The choices, in the order shown. At least one. */
  options: RadioOption[];
  /** The chosen value (controlled); pair it with `onValueChange`. */
  value?: string;
  /** The value chosen at first (uncontrolled). */
  defaultValue?: string;
  /** Called with the value the user chooses. */
  onValueChange?: (value: string) => void;
  /** The form field name. Generated when left out. */
  name?: string;
}

const Radio = part('input', 'samspill-choice-input');

const Option = part('div', 'samspill-radio-group__option');

/**
 * Native radio buttons under one legend: the group is one Tab stop and the arrow keys move and select, as the
 * platform does.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { options, value, defaultValue, onValueChange, name, error, ...rest },
  ref,
) {
  devInvariant(
    !options || options.length === 0,
    'RadioGroup',
    'needs at least one entry in `options`; a group with nothing to choose cannot be answered.',
  );
  devCheckControlled('RadioGroup', value, [onValueChange]);
  const id = useId();
  const groupName = name ?? id;
  return (
    <Fieldset ref={ref} error={error} {...rest}>
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <Option key={option.value}>
            <ChoiceRow>
              <Radio
                type="radio"
                id={optionId}
                name={groupName}
                value={option.value}
                disabled={option.disabled}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                {...(value !== undefined
                  ? { checked: value === option.value }
                  : { defaultChecked: defaultValue === option.value })}
                onChange={(event) => onValueChange?.(event.target.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </ChoiceRow>
            {option.hint && <HintText id={`${optionId}-hint`}>{option.hint}</HintText>}
          </Option>
        );
      })}
    </Fieldset>
  );
});
