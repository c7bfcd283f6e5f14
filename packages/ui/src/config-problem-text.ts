import type { ConfigProblem, Translate } from '@cardenroll/core';

/** One line an installer can act on, naming the field (as written in config.json) and what is wrong. */
export function describeConfigProblem(problem: ConfigProblem, t: Translate): string {
  switch (problem.kind) {
    case 'unreadable':
      return t('config.unreadable', { detail: problem.detail });
    case 'notJson':
      return t('config.notJson', { detail: problem.detail });
    case 'notObject':
      return t('config.notObject');
    case 'missing':
      return t('config.missing', { field: problem.field });
    case 'wrongType':
      return t('config.wrongType', {
        field: problem.field,
        expected: t(`config.expected.${problem.expected}`),
      });
    case 'notUrl':
      return t('config.notUrl', { field: problem.field });
    case 'notHttps':
      return t('config.notHttps', { field: problem.field });
    case 'outOfRange':
      return t('config.outOfRange', { field: problem.field, min: problem.min, max: problem.max });
    case 'oneOf':
      return t('config.oneOf', { field: problem.field, choices: problem.choices.join(', ') });
    case 'notSet':
      return t('config.notSet', { field: problem.field });
    case 'chain':
      return t('config.chain', { field: problem.field, position: problem.position, detail: problem.detail });
    case 'unknownField':
      return t('config.unknownField', { field: problem.field });
    default:
      return problem satisfies never;
  }
}
