import { controlClass, Field } from "./field";

type Props = {
  id: string;
  name: string;
  label: string;
  /** The first option, meaning "no filter". */
  emptyLabel: string;
  options: readonly (readonly [value: string, label: string])[];
  defaultValue?: string;
};

/** A labelled native <select>: works without JavaScript and uses the phone's own picker. */
export function SelectField({ id, name, label, emptyLabel, options, defaultValue }: Props) {
  return (
    <Field label={label} htmlFor={id}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={controlClass}>
        <option value="">{emptyLabel}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
