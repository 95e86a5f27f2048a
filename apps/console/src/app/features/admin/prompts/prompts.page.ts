import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PromptLanguageDto, PromptTemplateVersion } from '@medlocal/contracts';
import { listShippedTemplates } from '@medlocal/prompting';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';
import { diffLines } from './line-diff.util';

/** Prompt templates: edit (global admins; a save makes a new version), version history, diff between any two versions. */
@Component({
  selector: 'ml-prompts-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './prompts.page.html',
  styleUrl: '../admin-page.scss',
})
export class PromptsPage {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthStore);
  /** Every department answers from these templates: department admins read them, the server refuses their saves. */
  protected readonly canEdit = computed(() => this.auth.user()?.adminScope === 'global');
  /** The shipped templates name every template there is; admins edit versions of them, never invent new ones. */
  protected readonly names = [...new Set(listShippedTemplates().map((template) => template.name))];
  protected readonly languages: readonly PromptLanguageDto[] = ['zh', 'en'];
  protected readonly name = signal<string | null>(null);
  protected readonly language = signal<PromptLanguageDto>('zh');
  private readonly allVersions = signal<readonly PromptTemplateVersion[]>([]);
  protected readonly versions = computed(() =>
    this.allVersions()
      .filter((version) => version.language === this.language())
      .sort((a, b) => b.version - a.version),
  );
  protected readonly current = computed(() => this.versions()[0] ?? null);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly saved = signal<number | null>(null);
  protected readonly fromVersion = signal<number | null>(null);
  protected readonly toVersion = signal<number | null>(null);
  protected body = '';

  protected readonly diff = computed(() => {
    const from = this.versions().find((version) => version.version === this.fromVersion());
    const to = this.versions().find((version) => version.version === this.toVersion());
    return from && to ? diffLines({ before: from.body, after: to.body }) : null;
  });

  constructor() {
    if (this.names[0]) void this.open(this.names[0]);
  }

  protected async open(name: string): Promise<void> {
    this.name.set(name);
    this.saved.set(null);
    this.problem.set(null);
    try {
      this.allVersions.set((await this.api.promptHistory(name)).versions);
      this.resetEditor();
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.load', problem: toRequestProblem(error) });
    }
  }

  protected setLanguage(language: PromptLanguageDto): void {
    this.language.set(language);
    this.saved.set(null);
    this.resetEditor();
  }

  protected async save(): Promise<void> {
    const name = this.name();
    if (!name || !this.body.trim() || !this.canEdit()) return;
    this.problem.set(null);
    try {
      const saved = await this.api.savePrompt(name, { language: this.language(), body: this.body });
      this.allVersions.update((versions) => [saved, ...versions]);
      this.saved.set(saved.version);
      this.resetEditor();
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.save', problem: toRequestProblem(error) });
    }
  }

  protected setFrom(value: string): void {
    this.fromVersion.set(Number(value));
  }

  protected setTo(value: string): void {
    this.toVersion.set(Number(value));
  }

  private resetEditor(): void {
    const versions = this.versions();
    this.body = versions[0]?.body ?? '';
    this.toVersion.set(versions[0]?.version ?? null);
    this.fromVersion.set(versions[1]?.version ?? versions[0]?.version ?? null);
  }
}
