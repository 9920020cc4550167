import {
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject,
    type DefaultSharedCoreModuleContext,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import { ZModelGeneratedModule, ZModelGeneratedSharedModule } from './generated/module.js';
import { ExpressionTyping } from './expression-typing.js';
import { ZModelLinker } from './zmodel-linker.js';
import { ZModelScopeComputation } from './zmodel-scope-computation.js';
import { ZModelScopeProvider } from './zmodel-scope-provider.js';
import { registerValidators } from './validators/index.js';

export interface ZModelAddedServices {
    typing: { ExpressionTyping: ExpressionTyping };
}

export type ZModelServices = LangiumCoreServices & ZModelAddedServices;

export const ZModelModule: Module<ZModelServices, PartialLangiumCoreServices & ZModelAddedServices> = {
    references: {
        ScopeComputation: (services) => new ZModelScopeComputation(services),
        ScopeProvider: (services) => new ZModelScopeProvider(services),
        Linker: (services) => new ZModelLinker(services),
    },
    typing: {
        ExpressionTyping: (services) => new ExpressionTyping(services),
    },
};

/** The language services; one shared instance serves every document of a workspace. */
export function createZModelServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    ZModel: ZModelServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), ZModelGeneratedSharedModule);
    const ZModel = inject(createDefaultCoreModule({ shared }), ZModelGeneratedModule, ZModelModule);
    shared.ServiceRegistry.register(ZModel);
    registerValidators(ZModel);
    return { shared, ZModel };
}
