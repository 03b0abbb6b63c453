import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '../../../../libs/domain/shared/errors';

/** Tells the problem which part of the request failed: body, query parameters or path parameters. */
class SourceNamingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const response = error instanceof BadRequestException ? error.getResponse() : undefined;
      if (response && typeof response === 'object' && 'errors' in response) throw new BadRequestException({ ...response, source: metadata.type });
      throw error;
    }
  }
}

/** DTOs validate shape; unknown fields are refused so nobody can mass-assign what they should not. */
export function validationPipe(): ValidationPipe {
  return new SourceNamingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new BadRequestException({ errors: flatten(errors) }),
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: unprefix(message, error.property) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator starts messages with the property name; the field is named separately. */
function unprefix(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
