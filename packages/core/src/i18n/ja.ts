import type { Catalog } from './en';

/** Japanese. */
export const ja: Catalog = {
  'language.name': '日本語',
  'idle.title': 'カードをかざしてください',
  'idle.hint': 'IDカードをカードリーダーにかざすと、ログインできます。',
  'busy.identifying': 'カードを確認しています…',
  'busy.submitting': 'カードを登録しています…',
  'busy.cancel': 'キャンセル',
  'prompt.title': 'このカードは登録されていません',
  'prompt.body': '一度アカウントに登録すると、次回からはカードをかざすだけでログインできます。',
  'prompt.card': 'カード {card}',
  'prompt.enroll': '登録',
  'prompt.cancel': 'キャンセル',
  'credentials.title': 'カードの登録',
  'credentials.intro': 'カード {card} を登録するには、アカウント情報を入力してください。',
  'credentials.username': 'ユーザー名',
  'credentials.password': 'パスワード',
  'credentials.passwordOrOtp': 'パスワードまたはワンタイムパスワード',
  'credentials.otpHint': 'メールまたは Web ポータルで受け取ったワンタイムパスワードも使用できます。',
  'credentials.clientAuthHint':
    'デスクトップクライアントにログインしてワンタイムパスワードを取得し、ここに入力してください。',
  'credentials.submit': 'カードを登録',
  'credentials.cancel': 'キャンセル',
  'credentials.invalid': 'ユーザー名またはパスワードが正しくありません。もう一度お試しください。',
  'credentials.attemptsLeft': 'アカウントがロックされるまで、残り {count} 回です。',
  'credentials.tooManyAttempts': '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
  'credentials.tooManyAttemptsFor': '試行回数が多すぎます。{seconds} 秒待ってから、もう一度お試しください。',
  'credentials.unreachable':
    'カードサービスから応答がなかったため、カードはまだ登録されていません。「カードを登録」を押して、もう一度お試しください。',
  'signedIn.title': '{name} でログイン中',
  'signedIn.enrolled': 'カードを登録しました。次回からはかざすだけでログインできます。',
  'signedIn.welcome': 'ようこそ。',
  'signedIn.logOut': 'ログアウト',
  'problem.unreadable_card.title': 'カードを読み取れませんでした',
  'problem.unreadable_card.body':
    'もう一度ゆっくりカードをかざしてください。繰り返し発生する場合は、管理者にカードリーダーの確認を依頼してください。',
  'problem.tenant_unreachable.title': 'カードサービスを利用できません',
  'problem.tenant_unreachable.body':
    'プリンターがカードサービスに接続できませんでした。しばらくしてから、もう一度お試しください。',
  'problem.account_locked.title': 'アカウントがロックされています',
  'problem.account_locked.body':
    'パスワードの誤入力が多すぎます。後でもう一度お試しいただくか、管理者にお問い合わせください。',
  'problem.account_locked.until':
    'パスワードの誤入力が多すぎます。{time} 以降にもう一度お試しいただくか、管理者にお問い合わせください。',
  'problem.card_already_assigned.title': 'このカードは登録済みです',
  'problem.card_already_assigned.body':
    'このカードは別のユーザーに登録されています。ご自身のカードの場合は、管理者にお問い合わせください。',
  'problem.enrollment_disabled.title': 'カード登録は無効になっています',
  'problem.enrollment_disabled.body':
    'このカードは登録されておらず、プリンターでのカード登録は無効になっています。管理者にお問い合わせください。',
  'problem.enrollment_expired.title': '登録がタイムアウトしました',
  'problem.enrollment_expired.body':
    '登録に時間がかかりすぎました。最初からやり直して、カードを登録してください。',
  'problem.terminal_rejected.title': 'プリンターが設定されていません',
  'problem.terminal_rejected.body':
    'カードサービスがこのプリンターを受け付けませんでした。管理者に端末キーの確認を依頼してください。',
  'problem.tenant_rejected.title': 'リクエストを受け付けられませんでした',
  'problem.tenant_rejected.body':
    'カードサービスでリクエストを処理できませんでした。もう一度お試しいただくか、管理者にお問い合わせください。',
  'diagnostics.label': '設置担当者向け表示',
  'diagnostics.read': 'リーダーの送信内容 {read}（{length} 文字）',
  'diagnostics.converted': 'カード番号 {card}',
  'diagnostics.failed': '変換できませんでした：{reason}',
  'config.title': 'このプリンターはまだ設定されていません',
  'config.intro': '設定ファイル config.json に問題があるため、カードアプリを起動できません：',
  'config.unreadable': 'config.json を読み込めませんでした（{detail}）。',
  'config.notJson': 'config.json が有効な JSON ではありません：{detail}。',
  'config.notObject':
    'config.json には、波かっこ { } で囲んだ設定のオブジェクトを 1 つだけ記述してください。',
  'config.missing': '{field} がありません。',
  'config.wrongType': '{field} には{expected}を指定してください。',
  'config.expected.text': '引用符で囲んだテキスト',
  'config.expected.yesNo': 'true または false',
  'config.expected.number': '数値',
  'config.expected.group': '波かっこ { } で囲んだ設定のグループ',
  'config.expected.list': '角かっこ [ ] で囲んだリスト',
  'config.notUrl': '{field} が Web アドレスではありません。',
  'config.notHttps':
    '{field} は https:// で始まる必要があります。http:// を使用できるのは、このプリンター自体（localhost）の場合だけです。',
  'config.outOfRange': '{field} は {min} から {max} の範囲で指定してください。',
  'config.oneOf': '{field} には次のいずれかを指定してください：{choices}。',
  'config.notSet': '{field} が例の値のままです。ポータルに表示されている値を入力してください。',
  'config.chain': '{field} の {position} 文字目に誤りがあります：{detail}',
  'config.unknownField': '{field} はこのアプリの設定項目ではありません。スペルを確認してください。',
  'config.fix':
    '設置担当者は、プリンター上のアプリのフォルダーにある config.json を修正してから（INSTALL.md を参照）、「再読み込み」を押してください。',
  'config.retry': '再読み込み',
  'action.retry': '再試行',
  'action.startAgain': 'やり直す',
  'action.back': '戻る',
  'action.ok': 'OK',
  'action.cancel': 'キャンセル',
  'timeout.warning': 'まだ操作中ですか？まもなくこの画面を閉じます。',
  'timeout.moreTime': '時間を延長',
};
