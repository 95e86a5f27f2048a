import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DepartmentView, PromptLanguageDto, PromptPreview, PromptTemplateVersion } from '@medlocal/contracts';
import { listShippedTemplates } from '@medlocal/prompting';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConfirmDialogComponent } from '../../../ui/confirm-dialog.component';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';
import { pickableDepartments } from '../data-access/pickable-departments.util';
import { diffLines } from './line-diff.util';

/** The scope select's value for the hospital template (department ids are UUIDs). */
const HOSPITAL = 'hospital';

/**
 * Prompt templates: the hospital template (global admins edit it; every admin reads it) and each
 * department's override of it (its own admins and global admins edit it; its clinicians are answered
 * from it). Version history with revert, a diff between any two versions, and a preview of the prompt
 * a sample question would send. Controls a user cannot use are not shown.
 */
@Component({
  selector: 'ml-prompts-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ErrorBannerComponent, ConfirmDialogComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './prompts.page.html',
  styleUrls: ['../admin-page.scss', './prompts.page.scss'],
})
export class PromptsPage {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18nService);
  protected readonly hospital = HOSPITAL;
  private readonly isGlobal = computed(() => this.auth.user()?.adminScope === 'global');
  /** The shipped templates name every template there is; admins edit versions of them, never invent new ones. */
  protected readonly names = [...new Set(listShippedTemplates().map((template) => template.name))];
  protected readonly languages: readonly PromptLanguageDto[] = ['zh', 'en'];
  protected readonly name = signal<string | null>(null);
  protected readonly language = signal<PromptLanguageDto>('zh');
  /** Departments whose override this admin may edit: every open one for a global admin, his own for a department admin. */
  protected readonly departments = signal<readonly DepartmentView[]>([]);
  /** `hospital`, or the id of the department whose override is shown. */
  protected readonly scope = signal<string>(HOSPITAL);
  protected readonly department = computed(() => this.departments().find((department) => department.id === this.scope()) ?? null);
  /** The hospital template is the global admins'; an override is editable by whoever may pick its department. */
  protected readonly canEdit = computed(() => (this.scope() === HOSPITAL ? this.isGlobal() : this.department() !== null));
  private readonly hospitalVersions = signal<readonly PromptTemplateVersion[]>([]);
  private readonly overrideVersions = signal<readonly PromptTemplateVersion[]>([]);
  protected readonly loaded = signal(false);
  protected readonly versions = computed(() =>
    (this.scope() === HOSPITAL ? this.hospitalVersions() : this.overrideVersions())
      .filter((version) => version.language === this.language())
      .sort((a, b) => b.version - a.version),
  );
  protected readonly current = computed<PromptTemplateVersion | null>(() => this.versions()[0] ?? null);
  /** What the department's questions use while it has no override of its own. */
  protected readonly hospitalCurrent = computed<PromptTemplateVersion | null>(
    () =>
      this.hospitalVersions()
        .filter((version) => version.language === this.language())
        .sort((a, b) => b.version - a.version)[0] ?? null,
  );
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly saved = signal<number | null>(null);
  protected readonly reverted = signal<{ from: number; version: number } | null>(null);
  protected readonly reverting = signal<PromptTemplateVersion | null>(null);
  protected readonly fromVersion = signal<number | null>(null);
  protected readonly toVersion = signal<number | null>(null);
  protected readonly preview = signal<PromptPreview | null>(null);
  protected body = '';
  protected sampleQuestion = '';

  protected readonly diff = computed(() => {
    const from = this.versions().find((version) => version.version === this.fromVersion());
    const to = this.versions().find((version) => version.version === this.toVersion());
    return from && to ? diffLines({ before: from.body, after: to.body }) : null;
  });

  constructor() {
    void this.start();
  }

  protected departmentName(department: DepartmentView): string {
    return this.i18n.language() === 'zh' ? department.nameZh : department.nameEn;
  }

  protected async open(name: string): Promise<void> {
    this.name.set(name);
    await this.reload();
  }

  protected async setScope(scope: string): Promise<void> {
    this.scope.set(scope);
    await this.reload();
  }

  protected setLanguage(language: PromptLanguageDto): void {
    this.language.set(language);
    this.clearNotices();
    this.resetEditor();
  }

  protected async save(): Promise<void> {
    const name = this.name();
    if (!name || !this.body.trim() || !this.canEdit()) return;
    this.clearNotices();
    try {
      const saved = await this.api.savePrompt(name, { language: this.language(), body: this.body }, this.departmentId());
      await this.reload();
      this.saved.set(saved.version);
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.save', problem: toRequestProblem(error) });
    }
  }

  protected async revert(version: PromptTemplateVersion): Promise<void> {
    const name = this.name();
    this.reverting.set(null);
    if (!name || !this.canEdit()) return;
    this.clearNotices();
    try {
      const saved = await this.api.revertPrompt(name, { language: this.language(), version: version.version }, this.departmentId());
      await this.reload();
      this.reverted.set({ from: version.version, version: saved.version });
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.revert', problem: toRequestProblem(error) });
    }
  }

  /** The prompt a first question would send: the unsaved text in the editor when it differs from the current version. */
  protected async runPreview(): Promise<void> {
    const name = this.name();
    const question = this.sampleQuestion.trim();
    if (!name || !question) return;
    this.problem.set(null);
    const shown = this.current() ?? this.hospitalCurrent();
    const draft = this.canEdit() && this.body.trim() && this.body !== shown?.body ? this.body : undefined;
    try {
      this.preview.set(
        await this.api.previewPrompt(name, {
          language: this.language(),
          question,
          ...(this.departmentId() ? { departmentId: this.departmentId() ?? undefined } : {}),
          ...(draft ? { body: draft } : {}),
        }),
      );
    } catch (error) {
      this.preview.set(null);
      this.problem.set({ what: 'admin.prompts.error.preview', problem: toRequestProblem(error) });
    }
  }

  protected setFrom(value: string): void {
    this.fromVersion.set(Number(value));
  }

  protected setTo(value: string): void {
    this.toVersion.set(Number(value));
  }

  private async start(): Promise<void> {
    try {
      const user = this.auth.user();
      this.departments.set(pickableDepartments({ departments: await this.api.listDepartments(), admin: user }));
      // A department admin works on his department's override; the hospital template is read-only to him.
      if (user?.adminScope !== 'global' && this.departments()[0]) this.scope.set(this.departments()[0]?.id ?? HOSPITAL);
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.load', problem: toRequestProblem(error) });
    }
    if (this.names[0]) await this.open(this.names[0]);
  }

  private departmentId(): string | null {
    return this.scope() === HOSPITAL ? null : this.scope();
  }

  private async reload(): Promise<void> {
    const name = this.name();
    if (!name) return;
    this.clearNotices();
    this.preview.set(null);
    try {
      const departmentId = this.departmentId();
      const [hospital, override] = await Promise.all([this.api.promptHistory(name), departmentId ? this.api.promptHistory(name, departmentId) : null]);
      this.hospitalVersions.set(hospital.versions);
      this.overrideVersions.set(override?.versions ?? []);
      this.loaded.set(true);
      this.resetEditor();
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.load', problem: toRequestProblem(error) });
    }
  }

  private clearNotices(): void {
    this.saved.set(null);
    this.reverted.set(null);
    this.problem.set(null);
  }

  private resetEditor(): void {
    const versions = this.versions();
    // A department without an override starts from the hospital text it is answered with today.
    this.body = versions[0]?.body ?? this.hospitalCurrent()?.body ?? '';
    this.toVersion.set(versions[0]?.version ?? null);
    this.fromVersion.set(versions[1]?.version ?? versions[0]?.version ?? null);
  }
}
