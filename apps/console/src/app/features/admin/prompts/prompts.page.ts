import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PromptTemplateView } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import type { MessageKey } from '../../../core/i18n/messages.zh';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ErrorBannerComponent } from '../../../ui/error-banner.component';
import { AdminApiService } from '../data-access/admin-api.service';
import { diffLines } from './line-diff.util';

/** Prompt templates: edit (a save makes a new version), version history, diff between any two versions. */
@Component({
  selector: 'ml-prompts-page',
  imports: [FormsModule, TranslatePipe, LocalDatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './prompts.page.html',
  styleUrl: '../admin-page.scss',
})
export class PromptsPage {
  private readonly api = inject(AdminApiService);
  protected readonly templates = signal<readonly PromptTemplateView[]>([]);
  protected readonly selected = signal<PromptTemplateView | null>(null);
  protected readonly problem = signal<{ what: MessageKey; problem: RequestProblem } | null>(null);
  protected readonly saved = signal(false);
  protected readonly fromVersion = signal<number | null>(null);
  protected readonly toVersion = signal<number | null>(null);
  protected body = '';
  protected note = '';

  protected readonly diff = computed(() => {
    const template = this.selected();
    const from = template?.versions.find((version) => version.version === this.fromVersion());
    const to = template?.versions.find((version) => version.version === this.toVersion());
    return from && to ? diffLines({ before: from.body, after: to.body }) : null;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.templates.set(await this.api.listPrompts());
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.load', problem: toRequestProblem(error) });
    }
  }

  protected async open(name: string): Promise<void> {
    this.saved.set(false);
    try {
      const template = await this.api.getPrompt(name);
      this.show(template);
    } catch (error) {
      this.problem.set({ what: 'admin.prompts.error.load', problem: toRequestProblem(error) });
    }
  }

  protected async save(): Promise<void> {
    const template = this.selected();
    if (!template) return;
    try {
      this.show(await this.api.savePrompt(template.name, { body: this.body, ...(this.note.trim() ? { note: this.note.trim() } : {}) }));
      this.note = '';
      this.saved.set(true);
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

  private show(template: PromptTemplateView): void {
    this.selected.set(template);
    this.body = template.current.body;
    const versions = [...template.versions].sort((a, b) => b.version - a.version);
    this.toVersion.set(versions[0]?.version ?? null);
    this.fromVersion.set(versions[1]?.version ?? versions[0]?.version ?? null);
  }
}
