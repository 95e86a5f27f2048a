import type { UsageFeedbackDto, UsagePerUser, UsageReportDto } from '@medlocal/contracts';

const NO_FEEDBACK: UsageFeedbackDto = { useful: 0, notUseful: 0, reasons: {} };

interface LibraryFigures {
  questions?: number;
  latencyP50Ms?: number | null;
  latencyP95Ms?: number | null;
  tokensIn?: number;
  tokensOut?: number;
}

interface LibraryUsageReport {
  totals?: LibraryFigures;
  feedback?: UsageFeedbackDto;
  byDayAndDepartment?: readonly (LibraryFigures & { day: string; department: string | null })[];
  byDayAndUser?: readonly (LibraryFigures & {
    day: string;
    userId: string;
    username?: string | null;
    displayName?: string | null;
    department: string | null;
  })[];
  departments?: UsageReportDto['departments'];
}

/**
 * Accepts the contract shape (`perDay`, `perUser`, `latency`, `tokens`) and also the audit
 * library's report (`totals`, `byDayAndDepartment`, `byDayAndUser`), which an API may pass through.
 */
export function normaliseUsage(body: unknown): UsageReportDto {
  const candidate = (body ?? {}) as Partial<UsageReportDto> & LibraryUsageReport;
  if (Array.isArray(candidate.perDay)) {
    return {
      perDay: candidate.perDay,
      perUser: candidate.perUser ?? [],
      departments: candidate.departments,
      latency: candidate.latency ?? { p50: null, p95: null },
      tokens: candidate.tokens ?? { in: 0, out: 0 },
      feedback: candidate.feedback ?? NO_FEEDBACK,
    };
  }
  const perUserTotals = new Map<string, UsagePerUser & { questions: number }>();
  for (const row of candidate.byDayAndUser ?? []) {
    const entry = perUserTotals.get(row.userId) ?? {
      userId: row.userId,
      username: row.username ?? undefined,
      displayName: row.displayName ?? undefined,
      department: row.department,
      questions: 0,
    };
    entry.questions += row.questions ?? 0;
    perUserTotals.set(row.userId, entry);
  }
  return {
    perDay: (candidate.byDayAndDepartment ?? []).map((row) => ({ day: row.day, department: row.department, questions: row.questions ?? 0 })),
    perUser: [...perUserTotals.values()],
    departments: candidate.departments,
    latency: { p50: candidate.totals?.latencyP50Ms ?? null, p95: candidate.totals?.latencyP95Ms ?? null },
    tokens: { in: candidate.totals?.tokensIn ?? 0, out: candidate.totals?.tokensOut ?? 0 },
    feedback: candidate.feedback ?? NO_FEEDBACK,
  };
}

/** Days × departments matrix for the grouped bar chart; days ascending, missing cells 0. */
export function questionsByDayAndDepartment(
  report: UsageReportDto,
  noDepartmentLabel: string,
): { days: string[]; series: { name: string; values: number[] }[] } {
  const days = [...new Set(report.perDay.map((row) => row.day.slice(0, 10)))].sort();
  const departments = [...new Set(report.perDay.map((row) => row.department ?? noDepartmentLabel))].sort();
  const series = departments.map((name) => ({
    name,
    values: days.map((day) =>
      report.perDay
        .filter((row) => row.day.slice(0, 10) === day && (row.department ?? noDepartmentLabel) === name)
        .reduce((sum, row) => sum + row.questions, 0),
    ),
  }));
  return { days, series };
}
