import type { CatalogOf } from './catalog';

/** Japanese, in the panel's words (カード, 登録, ワンタイムパスワード) and its polite form; one plural form. */
export const ja = {
  'app.name': 'カードポータル',
  'app.documentTitle': '{page} · カードポータル',
  'app.checking': 'ログイン状態を確認しています…',

  'nav.label': 'ポータル',
  'nav.skip': '本文へスキップ',
  'nav.profile': 'マイプロフィール',
  'nav.users': 'ユーザー',
  'nav.audit': '監査ログ',
  'nav.signOut': 'ログアウト',

  'common.retry': '再試行',

  'language.label': '言語',
  'language.unavailable': '{language} を読み込めませんでした。接続を確認してから、もう一度お試しください。',

  'failure.not_signed_in': 'セッションが終了しました。もう一度ログインしてください。',
  'failure.invalid_credentials': 'ユーザー名またはパスワードが正しくありません。',
  'failure.attemptsLeft.other': 'アカウントがロックされるまで、残り {count} 回です。',
  'failure.account_locked':
    'パスワードの誤入力が多すぎたため、このアカウントはロックされています。後でもう一度お試しいただくか、管理者にお問い合わせください。',
  'failure.account_lockedUntil':
    'パスワードの誤入力が多すぎたため、このアカウントは {time} までロックされています。その後にもう一度お試しいただくか、管理者にお問い合わせください。',
  'failure.csrf_rejected':
    'カードサービスが古いページからのこのリクエストを拒否しました。ページを再読み込みしてから、もう一度お試しください。',
  'failure.forbidden': 'この操作は管理者のみが行えます。',
  'failure.not_found': 'この項目はもうありません。その間に削除された可能性があります。',
  'failure.card_already_assigned': 'このカードは既に別のユーザーに登録されています。',
  'failure.card_limit_reached':
    '登録できる上限までカードが登録されています。先にカードを1枚削除してください。',
  'failure.invalid_card_number': 'カードサービスはこのカード番号を受け付けません。',
  'failure.invalid_request':
    'カードサービスでこのリクエストを処理できませんでした。ページを再読み込みして、もう一度お試しください。',
  'failure.handover_expired': 'このコードの有効期限が切れました。プリンターで最初からやり直してください。',
  'failure.too_many_attempts': 'ここからの失敗が多すぎます。しばらく待ってから、もう一度お試しください。',
  'failure.weak_password':
    'このパスワードは弱すぎます。12文字以上で、よく使われるパスワード以外にしてください。',
  'failure.wrong_password': '現在のパスワードが違います。',
  'failure.conflict': '実行できません。名前が使用済みか、管理者がいなくなります。',
  'failure.service_unavailable':
    '組織のディレクトリに現在接続できません。しばらくしてからもう一度お試しください。',
  'failure.unreachable':
    'カードサービスから応答がありませんでした。接続を確認してから、もう一度お試しください。',
  'failure.server':
    'カードサービスで問題が発生しました（エラー {status}）。しばらくしてから、もう一度お試しください。',
  'failure.malformed_response':
    'カードサービスから、このページで読み取れない応答が返されました。ページを再読み込みして、もう一度お試しください。',
  'failure.unexpected': 'このページで問題が発生しました。ページを再読み込みして、もう一度お試しください。',

  'crash.title': 'このページは動作を停止しました',
  'crash.body': 'このページの表示中に問題が発生しました。これによって変更されたものはありません。',
  'crash.home': 'マイプロフィールへ',

  'signIn.title': 'ログイン',
  'signIn.username': 'ユーザー名',
  'signIn.password': 'パスワード',
  'signIn.submit': 'ログイン',
  'signIn.submitting': 'ログインしています…',
  'signIn.missing': 'ユーザー名とパスワードを入力してください。',
  'signIn.reload':
    'カードサービスがこのログインを受け付けませんでした。ページを再読み込みしてから、もう一度ログインしてください。',
  'signIn.unreachable':
    'カードサービスから応答がありませんでした。接続を確認してから、もう一度ログインしてください。',
  'signIn.ended': 'セッションが終了しました。続けるには、もう一度ログインしてください。',
  'signIn.signedOut': 'ログアウトしました。',
  'signIn.signOutUnconfirmed':
    'このページではログアウトしましたが、カードサービスで確認できませんでした。念のため、ブラウザーを閉じてください。',

  'profile.title': 'マイプロフィール',
  'profile.signedInAs': '{name}（{username}）でログイン中です。',
  'profile.cards': 'カード',
  'profile.noCards':
    'まだカードがありません。未登録のIDカードをプリンターのカードリーダーにかざすと、登録できます。',
  'profile.removeConsequence': '削除すると、このカードではプリンターにログインできなくなります。',
  'profile.storageNote':
    'プリンターまたはここで登録したカードは、このカードサービスに保存されます。組織のディレクトリーがカード番号を提供している場合も、ディレクトリーには書き戻されません。',

  'cards.loading': 'カードを読み込んでいます…',
  'cards.number': 'カード',
  'cards.source': '登録元',
  'cards.source.panel': 'プリンターで登録',
  'cards.source.portal': 'ポータルで追加',
  'cards.source.directory': 'ディレクトリーから取り込み',
  'cards.enrolledAt': '登録日時',
  'cards.terminal': '端末',
  'cards.noTerminal': '—',
  'cards.remove': '削除',
  'cards.removeLabel': 'カード {card} を削除',
  'cards.removeQuestion': 'カード {card} を削除しますか？',
  'cards.removeConfirm': 'カードを削除',
  'cards.removing': '削除しています…',
  'cards.keep': 'カードを残す',
  'cards.removed': 'カード {card} を削除しました。',
  'cards.removeFailed': 'カード {card} は削除されませんでした。',

  'otp.title': 'ワンタイムパスワード',
  'otp.introSelf':
    '自分のパスワードがない場合などに、パスワードの代わりに使ってプリンターでカードを登録できます。',
  'otp.introUser':
    'プリンターでパスワードを使えないユーザー向けです。本人に直接、またはメールで渡してください。',
  'otp.generate': 'ワンタイムパスワードを発行',
  'otp.emailPreview': 'メールのプレビュー',
  'otp.issuing': 'ワンタイムパスワードを発行しています…',
  'otp.label': '新しいワンタイムパスワード',
  'otp.validUntil': '有効期限: {time}。',
  'otp.once':
    '使えるのは1回だけで、表示されるのは今だけです。メモするかコピーしてください。新しく発行すると、これは無効になります。',
  'otp.copy': 'コピー',
  'otp.copied': 'コピーしました。',
  'otp.copyFailed':
    'このブラウザーではコピーが許可されませんでした。パスワードを選択して、手動でコピーしてください。',
  'otp.hide': '非表示',

  'email.title': 'メールのプレビュー',
  'email.notSent': 'このサービスはメールを送信しません。送信した場合のメールの内容です。',
  'email.to': '宛先',
  'email.subject': '件名',
  'email.text': '本文',

  'users.title': 'ユーザー',
  'users.search': 'ユーザー名または表示名で検索',
  'users.searchButton': '検索',
  'users.loading': 'ユーザーを読み込んでいます…',
  'users.count.other': '{count} 人のユーザー。',
  'users.countFor.other': '「{query}」に一致するユーザー: {count} 人。',
  'users.caption': 'ユーザー',
  'users.username': 'ユーザー名',
  'users.displayName': '表示名',
  'users.cards': 'カード',
  'users.state': 'アカウント',
  'users.active': '有効',
  'users.lockedUntil': '{time} までロック',

  'user.titleLoading': 'ユーザー',
  'user.title': '{name} のカード',
  'user.back': '← すべてのユーザー',
  'user.loading': 'ユーザーを読み込んでいます…',
  'user.notFound': 'このユーザーは存在しません。ディレクトリーから削除された可能性があります。',
  'user.username': 'ユーザー名',
  'user.email': 'メールアドレス',
  'user.noEmail': 'なし',
  'user.account': 'アカウント',
  'user.unlock': 'ロック解除',
  'user.unlocking': 'ロックを解除しています…',
  'user.unlocked': 'アカウントのロックを解除しました。ユーザーは再びログインできます。',
  'user.cards': 'カード',
  'user.noCards': 'このユーザーに登録されているカードはありません。',
  'user.removeConsequence': '削除すると、{name} はこのカードでプリンターにログインできなくなります。',

  'addCard.label': 'カード番号',
  'addCard.hint': 'カードサービスが保存する形式で入力します。数字 0–9 と英字 A–F、最大 {max} 文字です。',
  'addCard.submit': 'カードを追加',
  'addCard.adding': '追加しています…',
  'addCard.empty': 'カード番号を入力してください。',
  'addCard.notHex':
    'カード番号に使えるのは数字 0–9 と英字 A–F だけです（スペースやその他の記号は使えません）。',
  'addCard.tooLong': 'カード番号は最大 {max} 文字です。',
  'addCard.alreadyAssigned':
    'このカードは既に別のユーザーに登録されています。現在このユーザーのカードである場合は、先にそちらから削除してください。',
  'addCard.limitReached':
    'このユーザーには登録できる上限までカードが登録されています。先にこのユーザーのカードを1枚削除してください。',
  'addCard.invalid': 'カードサービスはこのカード番号を受け付けません。確認してから、もう一度お試しください。',
  'addCard.added': 'カード {card} を追加しました。',

  'audit.title': '監査ログ',
  'audit.loading': 'イベントを読み込んでいます…',
  'audit.empty': 'まだイベントはありません。',
  'audit.caption': '監査イベント（新しい順）',
  'audit.pageOf': '{page} ページ目（新しい順）。',
  'audit.paging': '監査ログのページ',
  'audit.newer': '新しいイベント',
  'audit.older': '古いイベント',
  'audit.when': '日時',
  'audit.what': '内容',
  'audit.who': '実行者',
  'audit.forWhom': '対象者',
  'audit.terminal': '端末',
  'audit.detail': '詳細',
  'audit.none': '—',
  'audit.kind.card_enrolled': 'プリンターでカードを登録',
  'audit.kind.card_added': 'ポータルでカードを追加',
  'audit.kind.card_removed': 'カードを削除',
  'audit.kind.card_replaced': 'カードを置き換え',
  'audit.kind.card_imported': 'ディレクトリーからカードを取り込み',
  'audit.kind.enroll_failed': '登録に失敗',
  'audit.kind.account_locked': 'アカウントをロック',
  'audit.kind.account_unlocked': 'アカウントのロックを解除',
  'audit.kind.otp_issued': 'ワンタイムパスワードを発行',
  'audit.kind.portal_login': 'ポータルにログイン',
  'audit.kind.handover_confirmed': 'スマートフォンからカードを紐付け',
  'audit.kind.portal_login_failed': 'ポータルへのサインインを拒否',
  'audit.kind.terminal_key_refused': '端末キーを拒否',
  'audit.kind.user_created': 'アカウントを作成',
  'audit.kind.user_updated': 'アカウントを変更',
  'audit.kind.user_disabled': 'アカウントを無効化',
  'audit.kind.user_enabled': 'アカウントを有効化',
  'audit.kind.user_deleted': 'アカウントを削除',
  'audit.kind.password_changed': '本人がパスワードを変更',
  'audit.kind.password_set': '管理者がパスワードを設定',
  'audit.kind.sessions_ended': 'すべての場所からサインアウト',
  'audit.kind.terminal_added': '端末を追加',
  'audit.kind.terminal_revoked': '端末を失効',

  'link.title': 'カードの紐付け',
  'link.signInPurpose': 'プリンターで待機中のカードを自分のアカウントに登録するには、ログインしてください。',
  'link.codeIntro': 'プリンターには、QRコードの横に短いコードが表示されています。',
  'link.codeLabel': 'プリンターに表示されたコード',
  'link.codeHint': '6 文字です（例: K7P-3QX）。ハイフンや大文字・小文字は区別されません。',
  'link.continue': '次へ',
  'link.invalidCode': 'プリンターのコードではありません。コードは英数字 6 文字です（例: K7P-3QX）。',
  'link.unknownCode':
    'このコードを待っているプリンターはありません。プリンターのコードを確認して、もう一度入力してください。',
  'link.loading': 'コード {code} を確認しています…',
  'link.question': 'カード {card} を {terminal} で {name} に登録しますか？',
  'link.questionNoTerminal': 'カード {card} を {name} に登録しますか？',
  'link.expiresAt': 'プリンターは {time} まで待機します。',
  'link.confirm': '確認',
  'link.confirming': 'カードを登録しています…',
  'link.deny': '拒否',
  'link.denying': 'プリンターに通知しています…',
  'link.anotherCode': '別のコードを入力',
  'link.toProfile': 'マイプロフィールへ',
  'link.done.confirmed.title': 'カードを登録しました',
  'link.done.confirmed.body':
    'プリンターに戻ってください。ログインが完了します。次回からはカードをかざすだけです。',
  'link.done.denied.title': 'カードは登録されませんでした',
  'link.done.denied.body':
    '拒否したため、プリンターは待機を終了します。間違いだった場合は、プリンターで最初からやり直してください。',
  'link.done.expired.title': 'このコードの有効期限が切れました',
  'link.done.expired.body':
    'コードの有効期間は 5 分です。プリンターでもう一度カードをかざして、新しいコードを取得してください。',
  'link.done.taken.title': 'このカードは別の人のものです',
  'link.done.taken.body':
    'このカードは別のユーザーに登録されているため、あなたには登録されませんでした。ご自身のカードの場合は、管理者にお問い合わせください。',
  'link.done.limit.title': '登録できる上限までカードがあります',
  'link.done.limit.body':
    'マイプロフィールでカードを1枚削除してから、プリンターで最初からやり直してください。',

  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'このアドレスにはページがありません。',
  'forbidden.title': '管理者専用',
  'forbidden.body': 'このページは管理者専用です。ご自身のカードはマイプロフィールで確認できます。',
} as const satisfies CatalogOf<'ja'>;
