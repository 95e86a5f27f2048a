import { LoginRequestDto } from '../auth/login.request.dto';

/** A directory username and password to check, as a person would type them at sign-in: the sign-in form's own checks. */
export class TestDirectorySignInRequestDto extends LoginRequestDto {}
