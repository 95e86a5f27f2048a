import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { toRequestProblem } from '../core/api/request-problem.util';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from './error-banner.component';

function refusal(body: unknown, status = 409): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

async function render(problem: ReturnType<typeof toRequestProblem>): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(ErrorBannerComponent);
  fixture.componentRef.setInput('what', 'admin.users.error.create');
  fixture.componentRef.setInput('problem', problem);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe(ErrorBannerComponent.name, () => {
  beforeEach(() => localStorage.clear());

  it("explains a coded refusal in Chinese and never shows the server's English text", async () => {
    const element = await render(toRequestProblem(refusal({ statusCode: 409, message: 'Username alice is taken', code: 'USERNAME_TAKEN' })));

    expect(element.textContent).toContain('该用户名已被使用');
    expect(element.textContent).not.toContain('Username alice is taken');
  });

  it('keeps an uncoded English server message out of the Chinese console', async () => {
    const element = await render(toRequestProblem(refusal({ statusCode: 400, message: 'username must be lower-case' }, 400)));

    expect(element.textContent).not.toContain('username must be lower-case');
    expect(element.textContent).toContain('提交的内容不符合要求');
  });

  it('explains the same refusal in English in the English console, with the server text only when the code is unknown', async () => {
    TestBed.inject(I18nService).setLanguage('en');

    const coded = await render(toRequestProblem(refusal({ statusCode: 409, message: 'Username alice is taken', code: 'USERNAME_TAKEN' })));
    const uncoded = await render(toRequestProblem(refusal({ statusCode: 400, message: 'username must be lower-case' }, 400)));

    expect(coded.textContent).toContain('This username is taken');
    expect(coded.textContent).not.toContain('Username alice is taken');
    expect(uncoded.textContent).toContain('username must be lower-case');
  });
});
