import { listPasswordPolicy, type PasswordPolicy } from '@cardenroll/tenant';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The service's password policy: refuses the 49,000 most common passwords of zxcvbn-ts's list (MIT,
 * https://github.com/zxcvbn-ts/zxcvbn, `passwords-common`, itself from leaked-password frequency lists).
 * The list is decompressed once, on first use, so a service that never sets a password never pays for it.
 */
let policy: PasswordPolicy | null = null;

export const commonPasswordPolicy: PasswordPolicy = {
  isCommon(password) {
    policy ??= listPasswordPolicy(dictionary['passwords-common']);
    return policy.isCommon(password);
  },
};
