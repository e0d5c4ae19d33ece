import { useRef, useState } from 'preact/hooks';

/**
 * Saving a form whose company is required: an empty company is refused with focus back on its field, a second
 * press while the first save runs does nothing, and a failed save becomes the form's problem, in words the form
 * chooses.
 */
export function useCompanySave<Failure>(describeFailure: (error: unknown) => Failure) {
  const companyField = useRef<HTMLInputElement>(null);
  const saving = useRef(false);
  const [problem, setProblem] = useState<'missingCompany' | Failure>();

  async function save(company: string, write: () => Promise<void>): Promise<void> {
    if (saving.current) return;
    if (!company.trim()) {
      setProblem('missingCompany');
      companyField.current?.focus();
      return;
    }
    setProblem(undefined);
    saving.current = true;
    try {
      await write();
    } catch (error) {
      setProblem(describeFailure(error));
    } finally {
      saving.current = false;
    }
  }

  return { companyField, problem, save };
}
