import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiKeysModule } from '../../api/src/auth/api-keys.module';
import { ComplianceModule } from '../../api/src/compliance/compliance.module';
import { ApiConfig } from '../../api/src/config/config';
import { CustomersModule } from '../../api/src/customers/customers.module';
import { Infrastructure } from '../../api/src/infrastructure/infrastructure';
import { InfrastructureModule } from '../../api/src/infrastructure/infrastructure.module';

/** The API's own command and query handlers without HTTP, so the CLI answers exactly what the API answers. */
@Module({})
export class CliModule {
  static with(infrastructure: Infrastructure, config: ApiConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [InfrastructureModule.with(infrastructure, config), CqrsModule.forRoot(), ApiKeysModule, CustomersModule, ComplianceModule],
    };
  }
}
