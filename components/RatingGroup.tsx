import { useId } from 'preact/hooks';
import { type MessageKey, t } from './i18n';

interface Props {
  legend: string;
  /** One label per rating, from 1 up. */
  labels: readonly MessageKey[];
  value: number | undefined;
  onChange(value: number): void;
}

/** A question answered on a scale from 1 to 5, each step named, as one group of radio buttons. */
export function RatingGroup({ legend, labels, value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset class="cb-rating">
      <legend>{legend}</legend>
      {labels.map((label, index) => {
        const rating = index + 1;
        return (
          <label key={label}>
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
            />
            <span>{t(label)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
