/**
 * What each audit action code means, in the console's two languages. Codes come from the server's
 * vocabulary (GET /api/audit/vocabulary); one this console does not know yet is shown as its code.
 */
const AUDIT_ACTION_LABELS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  'question.received': { zh: '收到临床提问', en: 'Question received' },
  'chat.message': { zh: '临床问答', en: 'Clinical answer' },
  'v1.completion': { zh: '接口问答(/v1)', en: 'API answer (/v1)' },
  'chat.feedback': { zh: '回答评价', en: 'Answer rated' },
  'chat.profile_edit': { zh: '修改患者信息', en: 'Patient profile edited' },
  'chat.conversation_seed': { zh: '续接会话(服务器重启后)', en: 'Conversation continued after a server restart' },
  'v1.tokenize': { zh: '接口分词(/v1)', en: 'API tokenize (/v1)' },
  'auth.login': { zh: '登录', en: 'Sign-in' },
  'auth.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.lockout': { zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { zh: '退出登录', en: 'Sign-out' },
  'auth.refresh_reuse': { zh: '刷新凭据被重复使用', en: 'Refresh token reused' },
  'auth.password_change': { zh: '修改密码', en: 'Password changed' },
  'auth.mfa_enrol': { zh: '绑定双重验证', en: 'Second factor enrolled' },
  'auth.directory_test': { zh: '目录登录测试', en: 'Directory sign-in test' },
  'user.create': { zh: '创建用户', en: 'User created' },
  'user.update': { zh: '修改用户', en: 'User updated' },
  'user.role_change': { zh: '修改角色', en: 'Roles changed' },
  'user.disable': { zh: '停用用户', en: 'User disabled' },
  'user.unlock': { zh: '解锁用户', en: 'User unlocked' },
  'user.reset_password': { zh: '重置密码', en: 'Password reset' },
  'user.end_sessions': { zh: '结束用户会话', en: 'Sessions ended' },
  'user.directory_provision': { zh: '目录账号首次登录建档', en: 'Directory account provisioned' },
  'user.directory_sync': { zh: '目录账号同步', en: 'Directory account synced' },
  'department.create': { zh: '创建科室', en: 'Department created' },
  'department.update': { zh: '修改科室', en: 'Department renamed' },
  'department.retire': { zh: '停用科室', en: 'Department retired' },
  'department.reinstate': { zh: '恢复启用科室', en: 'Department reinstated' },
  'apikey.create': { zh: '创建 API 密钥', en: 'API key created' },
  'apikey.revoke': { zh: '吊销 API 密钥', en: 'API key revoked' },
  'access.denied': { zh: '拒绝访问', en: 'Access denied' },
  'prompt.update': { zh: '修改全院提示词模板', en: 'Hospital prompt template changed' },
  'prompt.override_create': { zh: '创建科室提示词模板', en: 'Department prompt override created' },
  'prompt.override_update': { zh: '修改科室提示词模板', en: 'Department prompt override changed' },
  'prompt.revert': { zh: '恢复提示词模板版本', en: 'Prompt template reverted' },
  'audit.list': { zh: '查看审计记录', en: 'Audit trail read' },
  'audit.usage': { zh: '查看使用统计', en: 'Usage figures read' },
  'audit.verify': { zh: '校验审计链', en: 'Audit chain verified' },
  'audit.export': { zh: '导出审计记录', en: 'Audit trail exported' },
  'audit.deid_preview': { zh: '去标识化预览', en: 'De-identification preview' },
  'audit.spool_rejected': { zh: '暂存审计事件被拒收', en: 'Journalled audit events rejected' },
  'audit.purge': { zh: '按保留期清理审计记录', en: 'Audit records purged (retention)' },
  'batch.start': { zh: '开始科研批处理', en: 'Research batch started' },
  'batch.cancel': { zh: '取消科研批处理', en: 'Research batch cancelled' },
  'batch.retry': { zh: '重试科研批处理', en: 'Research batch retried' },
  'batch.finish': { zh: '科研批处理完成', en: 'Research batch finished' },
  'batch.export': { zh: '导出科研批处理结果', en: 'Research batch results exported' },
};

/** The action's name in the console language, or the code itself for an action this console has no name for. */
export function auditActionLabel({ code, language }: { code: string; language: 'zh' | 'en' }): string {
  const label = Object.prototype.hasOwnProperty.call(AUDIT_ACTION_LABELS, code) ? AUDIT_ACTION_LABELS[code] : undefined;
  return label ? label[language] : code;
}
