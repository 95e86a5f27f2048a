import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { ReportingModule } from '../reporting/reporting.module';
import { StatusController } from './status.controller';
import { StatusService } from './status.service';

@Module({ imports: [ReportingModule, PrivacyModule], controllers: [StatusController], providers: [StatusService] })
export class StatusModule {}
