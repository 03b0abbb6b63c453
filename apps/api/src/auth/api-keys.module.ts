import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyService } from './api-key.service';
import { ApiKeysController } from './api-keys.controller';
import { MeController } from './me.controller';
import { Authenticator } from './authenticator';
import { JwtVerifier } from './jwt-verifier';
import { KeyChangeFeed } from './key-change-feed';
import { PartnerRecords } from './partner-records';
import { ApiKeyVerifier } from './key-verifier';
import { SecurityLog } from './security-log';

/** Access: keys, authentication, the permission guard, security events, and partners (whose scope the guard enforces). */
@Module({
  imports: [PartnersModule],
  controllers: [ApiKeysController, MeController],
  providers: [ApiKeyService, KeyChangeFeed, ApiKeyVerifier, JwtVerifier, Authenticator, SecurityLog, ApiKeyGuard, PartnerRecords],
  exports: [ApiKeyService, ApiKeyVerifier, Authenticator, SecurityLog, ApiKeyGuard, PartnerRecords, PartnersModule],
})
export class ApiKeysModule {}
