import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  company: string;
  role: string;
  onCompany: (company: string) => void;
  onRole: (role: string) => void;
  /** The company field, for focusing it when it is missing. */
  companyRef: Ref<HTMLInputElement>;
  /** The id of the message saying the company is missing, while it is. */
  missingCompanyProblemId?: string;
}

/** The company (required) and role fields every "log it" form starts with. */
export function CompanyRoleFields({
  company,
  role,
  onCompany,
  onRole,
  companyRef,
  missingCompanyProblemId,
}: Props) {
  const companyId = useId();
  const roleId = useId();
  return (
    <>
      <div class="cb-field">
        <label for={companyId}>{t('logCompany')}</label>
        <input
          ref={companyRef}
          id={companyId}
          type="text"
          required
          autoComplete="organization"
          aria-invalid={missingCompanyProblemId !== undefined}
          aria-describedby={missingCompanyProblemId}
          value={company}
          onInput={(event) => onCompany(event.currentTarget.value)}
        />
      </div>
      <div class="cb-field">
        <label for={roleId}>{t('logRole')}</label>
        <input
          id={roleId}
          type="text"
          autoComplete="organization-title"
          value={role}
          onInput={(event) => onRole(event.currentTarget.value)}
        />
      </div>
    </>
  );
}
