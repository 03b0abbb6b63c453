import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiConfig } from '../../api/src/config/config';
import { Infrastructure } from '../../api/src/infrastructure/infrastructure';
import { InfrastructureModule } from '../../api/src/infrastructure/infrastructure.module';
import { PartnersModule } from '../../api/src/partners/partners.module';
import { ServiceModule } from '../../api/src/service/service.module';
import { MarketingModule } from '../../api/src/marketing/marketing.module';

/** The service worker's composition: the ports, the command bus and the service module (its HTTP routes are never listened on). */
@Module({})
export class WorkerModule {
  static with(infrastructure: Infrastructure, config: ApiConfig): DynamicModule {
    return { module: WorkerModule, imports: [InfrastructureModule.with(infrastructure, config), CqrsModule.forRoot(), PartnersModule, ServiceModule, MarketingModule] };
  }
}
