import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'crm:public';
/** Routes anyone may call without a key: health and API docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
