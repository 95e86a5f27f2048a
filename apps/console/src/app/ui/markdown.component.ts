import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { renderSafeMarkdown } from './render-safe-markdown.util';

/** Model output rendered as markdown, sanitised by DOMPurify before it reaches the DOM. */
@Component({
  selector: 'ml-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="markdown" [innerHTML]="html()"></div>`,
  styles: `
    .markdown :is(p, ul, ol) {
      margin: 0.35rem 0;
    }
    .markdown :is(h1, h2, h3, h4) {
      font-size: 1rem;
      margin: 0.5rem 0 0.25rem;
    }
    .markdown table {
      border-collapse: collapse;
    }
    .markdown :is(td, th) {
      border: 1px solid var(--ml-border);
      padding: 0.2rem 0.4rem;
    }
    .markdown code {
      background: var(--ml-surface-2);
      padding: 0 0.2rem;
      border-radius: 3px;
    }
  `,
})
export class MarkdownComponent {
  private readonly sanitizer = inject(DomSanitizer);
  readonly text = input('');
  // DOMPurify has already removed scripts, handlers and unsafe URLs; Angular's own pass would only strip more harmless markup.
  protected readonly html = computed<SafeHtml>(() => this.sanitizer.bypassSecurityTrustHtml(renderSafeMarkdown(this.text())));
}
