export const id = 508;
export const ids = [508];
export const modules = {

/***/ 7508:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
exports.$Command = $Command;
exports.__Client = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultBedrockAgentCoreControlHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "bedrock-agentcore",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultBedrockAgentCoreControlHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "bedrock-agentcore",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://bedrock-agentcore-control-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://bedrock-agentcore-control-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://bedrock-agentcore-control.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://bedrock-agentcore-control.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class BedrockAgentCoreControlServiceException extends ServiceException$1 {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, BedrockAgentCoreControlServiceException.prototype);
    }
}

class AccessDeniedException extends BedrockAgentCoreControlServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class ConflictException extends BedrockAgentCoreControlServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class InternalServerException extends BedrockAgentCoreControlServiceException {
    name = "InternalServerException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
    }
}
class ResourceNotFoundException extends BedrockAgentCoreControlServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class ServiceQuotaExceededException extends BedrockAgentCoreControlServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    }
}
class ThrottlingException extends BedrockAgentCoreControlServiceException {
    name = "ThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class ValidationException extends BedrockAgentCoreControlServiceException {
    name = "ValidationException";
    $fault = "client";
    reason;
    fieldList;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
    }
}
class DecryptionFailure extends BedrockAgentCoreControlServiceException {
    name = "DecryptionFailure";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DecryptionFailure",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DecryptionFailure.prototype);
    }
}
class EncryptionFailure extends BedrockAgentCoreControlServiceException {
    name = "EncryptionFailure";
    $fault = "client";
    constructor(opts) {
        super({
            name: "EncryptionFailure",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EncryptionFailure.prototype);
    }
}
class ResourceLimitExceededException extends BedrockAgentCoreControlServiceException {
    name = "ResourceLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceLimitExceededException.prototype);
    }
}
class UnauthorizedException extends BedrockAgentCoreControlServiceException {
    name = "UnauthorizedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnauthorizedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnauthorizedException.prototype);
    }
}
class RetryableConflictException extends BedrockAgentCoreControlServiceException {
    name = "RetryableConflictException";
    $fault = "client";
    $retryable = {};
    constructor(opts) {
        super({
            name: "RetryableConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RetryableConflictException.prototype);
    }
}
class ServiceException extends BedrockAgentCoreControlServiceException {
    name = "ServiceException";
    $fault = "server";
    $retryable = {};
    constructor(opts) {
        super({
            name: "ServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceException.prototype);
    }
}
class ThrottledException extends BedrockAgentCoreControlServiceException {
    name = "ThrottledException";
    $fault = "client";
    $retryable = {};
    constructor(opts) {
        super({
            name: "ThrottledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottledException.prototype);
    }
}
class SubscriptionRequiredException extends BedrockAgentCoreControlServiceException {
    name = "SubscriptionRequiredException";
    $fault = "client";
    subscriptionUrl;
    productName;
    constructor(opts) {
        super({
            name: "SubscriptionRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubscriptionRequiredException.prototype);
        this.subscriptionUrl = opts.subscriptionUrl;
        this.productName = opts.productName;
    }
}
class ConcurrentModificationException extends BedrockAgentCoreControlServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
    }
}

const _A = "Actions";
const _AC = "ApprovalConfiguration";
const _ACD = "AgentCardDefinition";
const _ACMVT = "AuthorizingClaimMatchValueType";
const _ACV = "AdditionalClaimValue";
const _ACd = "AdditionalClaims";
const _ACu = "AuthorizerConfiguration";
const _AD = "A2aDescriptor";
const _ADE = "AccessDeniedException";
const _ADER = "AddDatasetExamplesRequest";
const _ADERd = "AddDatasetExamplesResponse";
const _ADEd = "AddDatasetExamples";
const _ADu = "AuthorizationData";
const _AGTC = "ApiGatewayTargetConfiguration";
const _AGTCp = "ApiGatewayToolConfiguration";
const _AGTF = "ApiGatewayToolFilter";
const _AGTFp = "ApiGatewayToolFilters";
const _AGTO = "ApiGatewayToolOverride";
const _AGTOp = "ApiGatewayToolOverrides";
const _AKCP = "ApiKeyCredentialProviders";
const _AKCPI = "ApiKeyCredentialProviderItem";
const _AOPCI = "AtlassianOauth2ProviderConfigInput";
const _AOPCO = "AtlassianOauth2ProviderConfigOutput";
const _AR = "AgentRuntime";
const _ARA = "AgentRuntimeArtifact";
const _ARE = "AgentRuntimeEndpoint";
const _AREg = "AgentRuntimeEndpoints";
const _ARVS = "AgentRuntimeVersionSummary";
const _ARVSL = "AgentRuntimeVersionSummaryList";
const _ARg = "AgentRuntimes";
const _ASC = "ApiSchemaConfiguration";
const _ASD = "AgentSkillsDescriptor";
const _AWC = "AllowedWorkloadConfiguration";
const _Ac = "Action";
const _BEMC = "BedrockEvaluatorModelConfig";
const _BEP = "BrowserEnterprisePolicy";
const _BEPr = "BrowserEnterprisePolicies";
const _BNC = "BrowserNetworkConfiguration";
const _BPGRL = "BatchPutGatewayRateLimits";
const _BPGRLR = "BatchPutGatewayRateLimitsRequest";
const _BPGRLRa = "BatchPutGatewayRateLimitsResponse";
const _BPLE = "BatchPutLimitEntry";
const _BPLEa = "BatchPutLimitEntries";
const _BPS = "BrowserProfileSummary";
const _BPSr = "BrowserProfileSummaries";
const _BS = "BrowserSummary";
const _BSCI = "BrowserSigningConfigInput";
const _BSCO = "BrowserSigningConfigOutput";
const _BSr = "BrowserSummaries";
const _C = "Certificate";
const _CAKCP = "CreateApiKeyCredentialProvider";
const _CAKCPR = "CreateApiKeyCredentialProviderRequest";
const _CAKCPRr = "CreateApiKeyCredentialProviderResponse";
const _CAR = "CreateAgentRuntime";
const _CARE = "CreateAgentRuntimeEndpoint";
const _CARER = "CreateAgentRuntimeEndpointRequest";
const _CARERr = "CreateAgentRuntimeEndpointResponse";
const _CARR = "CreateAgentRuntimeRequest";
const _CARRr = "CreateAgentRuntimeResponse";
const _CB = "CreateBrowser";
const _CBA = "ConfigurationBundleAction";
const _CBD = "ConfigurationBundleDescription";
const _CBEC = "CodeBasedEvaluatorConfig";
const _CBP = "CreateBrowserProfile";
const _CBPR = "CreateBrowserProfileRequest";
const _CBPRr = "CreateBrowserProfileResponse";
const _CBR = "ConfigurationBundleReference";
const _CBRr = "CreateBrowserRequest";
const _CBRre = "CreateBrowserResponse";
const _CBS = "ConfigurationBundleSummary";
const _CBSL = "ConfigurationBundleSummaryList";
const _CBVS = "ConfigurationBundleVersionSummary";
const _CBVSL = "ConfigurationBundleVersionSummaryList";
const _CC = "ClusteringConfig";
const _CCB = "CreateConfigurationBundle";
const _CCBR = "CreateConfigurationBundleRequest";
const _CCBRr = "CreateConfigurationBundleResponse";
const _CCC = "CustomConsolidationConfiguration";
const _CCCI = "CoinbaseCdpConfigurationInput";
const _CCCIu = "CustomConsolidationConfigurationInput";
const _CCCO = "CoinbaseCdpConfigurationOutput";
const _CCI = "CustomConfigurationInput";
const _CCIR = "CreateCodeInterpreterRequest";
const _CCIRr = "CreateCodeInterpreterResponse";
const _CCIr = "CreateCodeInterpreter";
const _CCL = "ContentConfigurationList";
const _CCM = "ComponentConfigurationMap";
const _CCP = "CreateCapacityProvider";
const _CCPI = "CreateCapacityProviderInput";
const _CCPO = "CreateCapacityProviderOutput";
const _CCPR = "CreateConsentPortalRequest";
const _CCPRr = "CreateConsentPortalResponse";
const _CCPr = "CreateConsentPortal";
const _CCRT = "CoinbaseCdpRotationTargets";
const _CCVT = "CustomClaimValidationType";
const _CCVTu = "CustomClaimValidationsType";
const _CCo = "CodeConfiguration";
const _CCom = "ComponentConfiguration";
const _CComp = "ComputeConfiguration";
const _CCon = "ConnectorConfiguration";
const _CConn = "ConnectorConfigurations";
const _CCons = "ConsolidationConfiguration";
const _CCont = "ContainerConfiguration";
const _CConte = "ContentConfiguration";
const _CD = "CustomDescriptor";
const _CDR = "CreateDatasetRequest";
const _CDRr = "CreateDatasetResponse";
const _CDV = "CreateDatasetVersion";
const _CDVR = "CreateDatasetVersionRequest";
const _CDVRr = "CreateDatasetVersionResponse";
const _CDr = "CreateDataset";
const _CE = "ConflictException";
const _CEC = "CustomExtractionConfiguration";
const _CECI = "CustomExtractionConfigurationInput";
const _CER = "CreateEvaluatorRequest";
const _CERr = "CreateEvaluatorResponse";
const _CEr = "CreateEvaluator";
const _CG = "CreateGateway";
const _CGR = "CreateGatewayRequest";
const _CGRL = "CreateGatewayRateLimit";
const _CGRLR = "CreateGatewayRateLimitRequest";
const _CGRLRr = "CreateGatewayRateLimitResponse";
const _CGRR = "CreateGatewayRuleRequest";
const _CGRRr = "CreateGatewayRuleResponse";
const _CGRr = "CreateGatewayResponse";
const _CGRre = "CreateGatewayRule";
const _CGT = "CreateGatewayTarget";
const _CGTR = "CreateGatewayTargetRequest";
const _CGTRr = "CreateGatewayTargetResponse";
const _CH = "CreateHarness";
const _CHE = "CreateHarnessEndpoint";
const _CHER = "CreateHarnessEndpointRequest";
const _CHERr = "CreateHarnessEndpointResponse";
const _CHR = "CreateHarnessRequest";
const _CHRr = "CreateHarnessResponse";
const _CINC = "CodeInterpreterNetworkConfiguration";
const _CIS = "CodeInterpreterSummary";
const _CISo = "CodeInterpreterSummaries";
const _CJWTAC = "CustomJWTAuthorizerConfiguration";
const _CL = "CertificateLocation";
const _CM = "CreateMemory";
const _CME = "ConcurrentModificationException";
const _CMI = "CreateMemoryInput";
const _CMO = "CreateMemoryOutput";
const _CMSI = "CustomMemoryStrategyInput";
const _CMVT = "ClaimMatchValueType";
const _COCP = "CreateOauth2CredentialProvider";
const _COCPR = "CreateOauth2CredentialProviderRequest";
const _COCPRr = "CreateOauth2CredentialProviderResponse";
const _COEC = "CreateOnlineEvaluationConfig";
const _COECR = "CreateOnlineEvaluationConfigRequest";
const _COECRr = "CreateOnlineEvaluationConfigResponse";
const _COPCI = "CustomOauth2ProviderConfigInput";
const _COPCO = "CustomOauth2ProviderConfigOutput";
const _CP = "CedarPolicy";
const _CPC = "CapacityProviderConfiguration";
const _CPCP = "CreatePaymentCredentialProvider";
const _CPCPR = "CreatePaymentCredentialProviderRequest";
const _CPCPRr = "CreatePaymentCredentialProviderResponse";
const _CPCR = "CreatePaymentConnectorRequest";
const _CPCRr = "CreatePaymentConnectorResponse";
const _CPCr = "CredentialProviderConfiguration";
const _CPCre = "CredentialProviderConfigurations";
const _CPCrea = "CreatePaymentConnector";
const _CPCred = "CredentialsProviderConfigurations";
const _CPCrede = "CredentialsProviderConfiguration";
const _CPE = "CreatePolicyEngine";
const _CPER = "CreatePolicyEngineRequest";
const _CPERr = "CreatePolicyEngineResponse";
const _CPIC = "ConsentPortalIdpConfig";
const _CPL = "CapacityProviderList";
const _CPM = "CreatePaymentManager";
const _CPMR = "CreatePaymentManagerRequest";
const _CPMRr = "CreatePaymentManagerResponse";
const _CPO = "ConnectorParameterOverride";
const _CPOo = "ConnectorParameterOverrides";
const _CPR = "CreatePolicyRequest";
const _CPRr = "CreatePolicyResponse";
const _CPS = "CapacityProviderSummary";
const _CPSo = "ConsentPortalSource";
const _CPSon = "ConsentPortalSummary";
const _CPSons = "ConsentPortalSources";
const _CPSonse = "ConsentPortalSummaries";
const _CPVC = "CapacityProviderVolumeConfiguration";
const _CPr = "CredentialProvider";
const _CPre = "CreatePolicy";
const _CR = "CreateRegistry";
const _CRC = "CredentialRotationConfig";
const _CRCI = "CustomReflectionConfigurationInput";
const _CRCu = "CustomReflectionConfiguration";
const _CRR = "CreateRegistryRequest";
const _CRRR = "CreateRegistryRecordRequest";
const _CRRRr = "CreateRegistryRecordResponse";
const _CRRr = "CreateRegistryResponse";
const _CRRre = "CreateRegistryRecord";
const _CRS = "CapacityReservationSpecification";
const _CRT = "CapacityReservationTarget";
const _CS = "ConnectorSource";
const _CSD = "CategoricalScaleDefinition";
const _CSDa = "CategoricalScaleDefinitions";
const _CTC = "ConnectorTargetConfiguration";
const _CTCu = "CustomTransformConfiguration";
const _CWI = "CreateWorkloadIdentity";
const _CWIR = "CreateWorkloadIdentityRequest";
const _CWIRr = "CreateWorkloadIdentityResponse";
const _CWLIC = "CloudWatchLogsInputConfig";
const _CWOC = "CloudWatchOutputConfig";
const _Ce = "Certificates";
const _Co = "Conditions";
const _Cod = "Code";
const _Con = "Condition";
const _Cont = "Content";
const _D = "Definition";
const _DAKCP = "DeleteApiKeyCredentialProvider";
const _DAKCPR = "DeleteApiKeyCredentialProviderRequest";
const _DAKCPRe = "DeleteApiKeyCredentialProviderResponse";
const _DAKT = "DefaultApiKeyType";
const _DAR = "DeleteAgentRuntime";
const _DARE = "DeleteAgentRuntimeEndpoint";
const _DARER = "DeleteAgentRuntimeEndpointRequest";
const _DARERe = "DeleteAgentRuntimeEndpointResponse";
const _DARR = "DeleteAgentRuntimeRequest";
const _DARRe = "DeleteAgentRuntimeResponse";
const _DB = "DeleteBrowser";
const _DBP = "DeleteBrowserProfile";
const _DBPR = "DeleteBrowserProfileRequest";
const _DBPRe = "DeleteBrowserProfileResponse";
const _DBR = "DeleteBrowserRequest";
const _DBRe = "DeleteBrowserResponse";
const _DCB = "DeleteConfigurationBundle";
const _DCBR = "DeleteConfigurationBundleRequest";
const _DCBRe = "DeleteConfigurationBundleResponse";
const _DCCAKST = "DefaultCoinbaseCdpApiKeySecretType";
const _DCCWST = "DefaultCoinbaseCdpWalletSecretType";
const _DCI = "DeleteCodeInterpreter";
const _DCIR = "DeleteCodeInterpreterRequest";
const _DCIRe = "DeleteCodeInterpreterResponse";
const _DCP = "DeleteCapacityProvider";
const _DCPI = "DeleteCapacityProviderInput";
const _DCPO = "DeleteCapacityProviderOutput";
const _DCPR = "DeleteConsentPortalRequest";
const _DCPRe = "DeleteConsentPortalResponse";
const _DCPe = "DeleteConsentPortal";
const _DCST = "DefaultClientSecretType";
const _DD = "DeleteDataset";
const _DDE = "DeleteDatasetExamples";
const _DDER = "DeleteDatasetExamplesRequest";
const _DDERe = "DeleteDatasetExamplesResponse";
const _DDR = "DeleteDatasetRequest";
const _DDRe = "DeleteDatasetResponse";
const _DE = "DeleteEvaluator";
const _DEC = "DerivedEvaluatorConfig";
const _DEL = "DatasetExampleList";
const _DER = "DeleteEvaluatorRequest";
const _DERe = "DeleteEvaluatorResponse";
const _DF = "DecryptionFailure";
const _DG = "DeleteGateway";
const _DGR = "DeleteGatewayRequest";
const _DGRL = "DeleteGatewayRateLimit";
const _DGRLR = "DeleteGatewayRateLimitRequest";
const _DGRLRe = "DeleteGatewayRateLimitResponse";
const _DGRR = "DeleteGatewayRuleRequest";
const _DGRRe = "DeleteGatewayRuleResponse";
const _DGRe = "DeleteGatewayResponse";
const _DGRel = "DeleteGatewayRule";
const _DGT = "DeleteGatewayTarget";
const _DGTR = "DeleteGatewayTargetRequest";
const _DGTRe = "DeleteGatewayTargetResponse";
const _DH = "DeleteHarness";
const _DHE = "DeleteHarnessEndpoint";
const _DHER = "DeleteHarnessEndpointRequest";
const _DHERe = "DeleteHarnessEndpointResponse";
const _DHR = "DeleteHarnessRequest";
const _DHRe = "DeleteHarnessResponse";
const _DM = "DeleteMemory";
const _DMI = "DeleteMemoryInput";
const _DMO = "DeleteMemoryOutput";
const _DMSI = "DeleteMemoryStrategyInput";
const _DMSL = "DeleteMemoryStrategiesList";
const _DOCP = "DeleteOauth2CredentialProvider";
const _DOCPR = "DeleteOauth2CredentialProviderRequest";
const _DOCPRe = "DeleteOauth2CredentialProviderResponse";
const _DOEC = "DeleteOnlineEvaluationConfig";
const _DOECR = "DeleteOnlineEvaluationConfigRequest";
const _DOECRe = "DeleteOnlineEvaluationConfigResponse";
const _DP = "DeletePolicy";
const _DPC = "DeletePaymentConnector";
const _DPCP = "DeletePaymentCredentialProvider";
const _DPCPR = "DeletePaymentCredentialProviderRequest";
const _DPCPRe = "DeletePaymentCredentialProviderResponse";
const _DPCR = "DeletePaymentConnectorRequest";
const _DPCRe = "DeletePaymentConnectorResponse";
const _DPE = "DeletePolicyEngine";
const _DPER = "DeletePolicyEngineRequest";
const _DPERe = "DeletePolicyEngineResponse";
const _DPM = "DeletePaymentManager";
const _DPMR = "DeletePaymentManagerRequest";
const _DPMRe = "DeletePaymentManagerResponse";
const _DPR = "DeletePolicyRequest";
const _DPRe = "DeletePolicyResponse";
const _DR = "DeleteRegistry";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DRR = "DeleteRegistryRequest";
const _DRRR = "DeleteRegistryRecordRequest";
const _DRRRe = "DeleteRegistryRecordResponse";
const _DRRe = "DeleteRegistryResponse";
const _DRRel = "DeleteRegistryRecord";
const _DS = "DatasetSummary";
const _DSC = "DataSourceConfig";
const _DSL = "DatasetSummaryList";
const _DSPAPKT = "DefaultStripePrivyAuthorizationPrivateKeyType";
const _DSPAST = "DefaultStripePrivyAppSecretType";
const _DST = "DataSourceType";
const _DU = "DownloadUrl";
const _DVS = "DatasetVersionSummary";
const _DVSL = "DatasetVersionSummaryList";
const _DWI = "DeleteWorkloadIdentity";
const _DWIR = "DeleteWorkloadIdentityRequest";
const _DWIRe = "DeleteWorkloadIdentityResponse";
const _De = "Description";
const _Des = "Descriptors";
const _EAPC = "EfsAccessPointConfiguration";
const _EBDM = "EphemeralBlockDeviceMapping";
const _EBDML = "EphemeralBlockDeviceMappingList";
const _EC = "Ec2Configuration";
const _ECD = "EvaluationConfigDescription";
const _ECO = "EpisodicConsolidationOverride";
const _ECf = "EfsConfiguration";
const _ECv = "EvaluatorConfig";
const _ECx = "ExtractionConfig";
const _ECxt = "ExtractionConfiguration";
const _ED = "EvaluatorDescription";
const _EEBSVC = "EphemeralEBSVolumeConfiguration";
const _EEO = "EpisodicExtractionOverride";
const _EF = "EncryptionFailure";
const _EI = "EvaluatorInstructions";
const _EL = "EvaluatorList";
const _EMC = "EvaluatorModelConfig";
const _EMSI = "EpisodicMemoryStrategyInput";
const _EN = "EndpointName";
const _EOCCI = "EpisodicOverrideConsolidationConfigurationInput";
const _EOCI = "EpisodicOverrideConfigurationInput";
const _EOECI = "EpisodicOverrideExtractionConfigurationInput";
const _EORCI = "EpisodicOverrideReflectionConfigurationInput";
const _ER = "EvaluatorReference";
const _ERC = "EpisodicReflectionConfiguration";
const _ERCI = "EpisodicReflectionConfigurationInput";
const _ERO = "EpisodicReflectionOverride";
const _ES = "EvaluatorSummary";
const _ESL = "EvaluatorSummaryList";
const _EVC = "EbsVolumeConfiguration";
const _EVM = "EnvironmentVariablesMap";
const _F = "Filter";
const _FC = "FilesystemConfigurations";
const _FCi = "FilesystemConfiguration";
const _FL = "FilterList";
const _FUSC = "FromUrlSynchronizationConfiguration";
const _FV = "FilterValue";
const _Fi = "Finding";
const _Fin = "Findings";
const _GAKCP = "GatewayApiKeyCredentialProvider";
const _GAKCPR = "GetApiKeyCredentialProviderRequest";
const _GAKCPRe = "GetApiKeyCredentialProviderResponse";
const _GAKCPe = "GetApiKeyCredentialProvider";
const _GAR = "GetAgentRuntime";
const _GARE = "GetAgentRuntimeEndpoint";
const _GARER = "GetAgentRuntimeEndpointRequest";
const _GARERe = "GetAgentRuntimeEndpointResponse";
const _GARR = "GetAgentRuntimeRequest";
const _GARRe = "GetAgentRuntimeResponse";
const _GB = "GetBrowser";
const _GBP = "GetBrowserProfile";
const _GBPR = "GetBrowserProfileRequest";
const _GBPRe = "GetBrowserProfileResponse";
const _GBR = "GetBrowserRequest";
const _GBRe = "GetBrowserResponse";
const _GCB = "GetConfigurationBundle";
const _GCBR = "GetConfigurationBundleRequest";
const _GCBRe = "GetConfigurationBundleResponse";
const _GCBV = "GetConfigurationBundleVersion";
const _GCBVR = "GetConfigurationBundleVersionRequest";
const _GCBVRe = "GetConfigurationBundleVersionResponse";
const _GCI = "GetCodeInterpreter";
const _GCIR = "GetCodeInterpreterRequest";
const _GCIRe = "GetCodeInterpreterResponse";
const _GCP = "GetCapacityProvider";
const _GCPI = "GetCapacityProviderInput";
const _GCPO = "GetCapacityProviderOutput";
const _GCPR = "GetConsentPortalRequest";
const _GCPRe = "GetConsentPortalResponse";
const _GCPe = "GetConsentPortal";
const _GD = "GatewayDescription";
const _GDR = "GetDatasetRequest";
const _GDRe = "GetDatasetResponse";
const _GDe = "GetDataset";
const _GE = "GetEvaluator";
const _GER = "GetEvaluatorRequest";
const _GERe = "GetEvaluatorResponse";
const _GG = "GetGateway";
const _GGR = "GetGatewayRequest";
const _GGRL = "GetGatewayRateLimit";
const _GGRLR = "GetGatewayRateLimitRequest";
const _GGRLRe = "GetGatewayRateLimitResponse";
const _GGRR = "GetGatewayRuleRequest";
const _GGRRe = "GetGatewayRuleResponse";
const _GGRe = "GetGatewayResponse";
const _GGRet = "GetGatewayRule";
const _GGT = "GetGatewayTarget";
const _GGTR = "GetGatewayTargetRequest";
const _GGTRe = "GetGatewayTargetResponse";
const _GH = "GetHarness";
const _GHE = "GetHarnessEndpoint";
const _GHER = "GetHarnessEndpointRequest";
const _GHERe = "GetHarnessEndpointResponse";
const _GHR = "GetHarnessRequest";
const _GHRe = "GetHarnessResponse";
const _GIC = "GatewayInterceptorConfiguration";
const _GICa = "GatewayInterceptorConfigurations";
const _GM = "GetMemory";
const _GMI = "GetMemoryInput";
const _GMO = "GetMemoryOutput";
const _GOCP = "GetOauth2CredentialProvider";
const _GOCPR = "GetOauth2CredentialProviderRequest";
const _GOCPRe = "GetOauth2CredentialProviderResponse";
const _GOEC = "GetOnlineEvaluationConfig";
const _GOECR = "GetOnlineEvaluationConfigRequest";
const _GOECRe = "GetOnlineEvaluationConfigResponse";
const _GOPCI = "GithubOauth2ProviderConfigInput";
const _GOPCIo = "GoogleOauth2ProviderConfigInput";
const _GOPCO = "GithubOauth2ProviderConfigOutput";
const _GOPCOo = "GoogleOauth2ProviderConfigOutput";
const _GP = "GetPolicy";
const _GPC = "GatewayProtocolConfiguration";
const _GPCP = "GetPaymentCredentialProvider";
const _GPCPR = "GetPaymentCredentialProviderRequest";
const _GPCPRe = "GetPaymentCredentialProviderResponse";
const _GPCR = "GetPaymentConnectorRequest";
const _GPCRe = "GetPaymentConnectorResponse";
const _GPCe = "GetPaymentConnector";
const _GPE = "GetPolicyEngine";
const _GPEC = "GatewayPolicyEngineConfiguration";
const _GPER = "GetPolicyEngineRequest";
const _GPERe = "GetPolicyEngineResponse";
const _GPES = "GetPolicyEngineSummary";
const _GPESR = "GetPolicyEngineSummaryRequest";
const _GPESRe = "GetPolicyEngineSummaryResponse";
const _GPG = "GetPolicyGeneration";
const _GPGR = "GetPolicyGenerationRequest";
const _GPGRe = "GetPolicyGenerationResponse";
const _GPGS = "GetPolicyGenerationSummary";
const _GPGSR = "GetPolicyGenerationSummaryRequest";
const _GPGSRe = "GetPolicyGenerationSummaryResponse";
const _GPM = "GetPaymentManager";
const _GPMR = "GetPaymentManagerRequest";
const _GPMRe = "GetPaymentManagerResponse";
const _GPR = "GetPolicyRequest";
const _GPRe = "GetPolicyResponse";
const _GPS = "GetPolicySummary";
const _GPSR = "GetPolicySummaryRequest";
const _GPSRe = "GetPolicySummaryResponse";
const _GR = "GatewayRules";
const _GRD = "GatewayRuleDetail";
const _GRL = "GatewayRateLimits";
const _GRLD = "GatewayRateLimitDetail";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _GRR = "GetRegistryRequest";
const _GRRR = "GetRegistryRecordRequest";
const _GRRRe = "GetRegistryRecordResponse";
const _GRRe = "GetRegistryResponse";
const _GRRet = "GetRegistryRecord";
const _GRe = "GetRegistry";
const _GS = "GatewaySummary";
const _GSa = "GatewaySummaries";
const _GT = "GatewayTarget";
const _GTL = "GatewayTargetList";
const _GTV = "GetTokenVault";
const _GTVR = "GetTokenVaultRequest";
const _GTVRe = "GetTokenVaultResponse";
const _GWI = "GetWorkloadIdentity";
const _GWIR = "GetWorkloadIdentityRequest";
const _GWIRe = "GetWorkloadIdentityResponse";
const _H = "Harness";
const _HACBC = "HarnessAgentCoreBrowserConfig";
const _HACCIC = "HarnessAgentCoreCodeInterpreterConfig";
const _HACGC = "HarnessAgentCoreGatewayConfig";
const _HACMC = "HarnessAgentCoreMemoryConfiguration";
const _HACMRC = "HarnessAgentCoreMemoryRetrievalConfig";
const _HACMRCa = "HarnessAgentCoreMemoryRetrievalConfigs";
const _HACRE = "HarnessAgentCoreRuntimeEnvironment";
const _HACRER = "HarnessAgentCoreRuntimeEnvironmentRequest";
const _HAIH = "HarnessAfterInvocationHook";
const _HASC = "HttpApiSchemaConfiguration";
const _HATCH = "HarnessAfterToolCallHook";
const _HBIH = "HarnessBeforeInvocationHook";
const _HBMC = "HarnessBedrockModelConfig";
const _HBTCH = "HarnessBeforeToolCallHook";
const _HCS = "HttpConnectorSource";
const _HCTC = "HttpConnectorTargetConfiguration";
const _HDMC = "HarnessDisabledMemoryConfiguration";
const _HE = "HarnessEndpoint";
const _HEA = "HarnessEnvironmentArtifact";
const _HELT = "HostingEnvironmentListType";
const _HEP = "HarnessEnvironmentProvider";
const _HEPR = "HarnessEnvironmentProviderRequest";
const _HEa = "HarnessEndpoints";
const _HEo = "HostingEnvironment";
const _HGMC = "HarnessGeminiModelConfig";
const _HGOA = "HarnessGatewayOutboundAuth";
const _HH = "HarnessHooks";
const _HHEBT = "HarnessHookEventBridgeTarget";
const _HHLT = "HarnessHookLambdaTarget";
const _HHM = "HttpHeadersMap";
const _HHST = "HarnessHookSnsTarget";
const _HHT = "HarnessHookTarget";
const _HHa = "HarnessHook";
const _HIFC = "HarnessInlineFunctionConfig";
const _HIFD = "HarnessInlineFunctionDescription";
const _HLLAB = "HarnessLiteLlmApiBase";
const _HLLMC = "HarnessLiteLlmModelConfig";
const _HMC = "HarnessMemoryConfiguration";
const _HMCa = "HarnessModelConfiguration";
const _HMMC = "HarnessManagedMemoryConfiguration";
const _HOAAB = "HarnessOpenAiApiBase";
const _HOAMC = "HarnessOpenAiModelConfig";
const _HRMC = "HarnessRemoteMcpConfig";
const _HRMU = "HarnessRemoteMcpUrl";
const _HS = "HarnessSummary";
const _HSASS = "HarnessSkillAwsSkillsSource";
const _HSC = "HarnessSummarizationConfiguration";
const _HSCB = "HarnessSystemContentBlock";
const _HSGA = "HarnessSkillGitAuth";
const _HSGS = "HarnessSkillGitSource";
const _HSP = "HarnessSystemPrompt";
const _HSSS = "HarnessSkillS3Source";
const _HSWC = "HarnessSlidingWindowConfiguration";
const _HSa = "HarnessSkills";
const _HSar = "HarnessSummaries";
const _HSarn = "HarnessSkill";
const _HT = "HarnessTool";
const _HTC = "HarnessTruncationConfiguration";
const _HTCa = "HarnessToolConfiguration";
const _HTCt = "HttpTargetConfiguration";
const _HTSC = "HarnessTruncationStrategyConfiguration";
const _HTa = "HarnessTools";
const _HVS = "HarnessVersionSummary";
const _HVSa = "HarnessVersionSummaries";
const _I = "Insight";
const _IC = "InferenceConfiguration";
const _ICI = "InvocationConfigurationInput";
const _ICP = "IamCredentialProvider";
const _ICS = "InferenceConnectorSource";
const _ICTC = "InferenceConnectorTargetConfiguration";
const _ICn = "InvocationConfiguration";
const _ICnt = "InterceptorConfiguration";
const _IES = "InlineExamplesSource";
const _IIC = "InterceptorInputConfiguration";
const _IK = "IndexedKey";
const _IKL = "IndexedKeysList";
const _IL = "InsightList";
const _ILC = "InstanceLifecycleConfiguration";
const _IOC = "InferenceOperationConfiguration";
const _IOCn = "InferenceOperationConfigurations";
const _IOPCI = "IncludedOauth2ProviderConfigInput";
const _IOPCO = "IncludedOauth2ProviderConfigOutput";
const _IP = "InlinePayload";
const _IPES = "InterceptorPayloadExclusionSelector";
const _IPESL = "InterceptorPayloadExclusionSelectorList";
const _IPF = "InterceptorPayloadFilter";
const _IPTC = "InferenceProviderTargetConfiguration";
const _IPa = "IamPrincipal";
const _IR = "InstanceRequirements";
const _ISE = "InternalServerException";
const _ITC = "InferenceTargetConfiguration";
const _KC = "KmsConfiguration";
const _KKST = "KmsKeySourceType";
const _KR = "KinesisResource";
const _LAAJEC = "LlmAsAJudgeEvaluatorConfig";
const _LAKCP = "ListApiKeyCredentialProviders";
const _LAKCPR = "ListApiKeyCredentialProvidersRequest";
const _LAKCPRi = "ListApiKeyCredentialProvidersResponse";
const _LAR = "ListAgentRuntimes";
const _LARE = "ListAgentRuntimeEndpoints";
const _LARER = "ListAgentRuntimeEndpointsRequest";
const _LARERi = "ListAgentRuntimeEndpointsResponse";
const _LARR = "ListAgentRuntimesRequest";
const _LARRi = "ListAgentRuntimesResponse";
const _LARV = "ListAgentRuntimeVersions";
const _LARVBCP = "ListAgentRuntimeVersionsByCapacityProvider";
const _LARVBCPI = "ListAgentRuntimeVersionsByCapacityProviderInput";
const _LARVBCPO = "ListAgentRuntimeVersionsByCapacityProviderOutput";
const _LARVR = "ListAgentRuntimeVersionsRequest";
const _LARVRi = "ListAgentRuntimeVersionsResponse";
const _LB = "ListBrowsers";
const _LBP = "ListBrowserProfiles";
const _LBPR = "ListBrowserProfilesRequest";
const _LBPRi = "ListBrowserProfilesResponse";
const _LBR = "ListBrowsersRequest";
const _LBRi = "ListBrowsersResponse";
const _LC = "LifecycleConfiguration";
const _LCB = "ListConfigurationBundles";
const _LCBR = "ListConfigurationBundlesRequest";
const _LCBRi = "ListConfigurationBundlesResponse";
const _LCBV = "ListConfigurationBundleVersions";
const _LCBVR = "ListConfigurationBundleVersionsRequest";
const _LCBVRi = "ListConfigurationBundleVersionsResponse";
const _LCI = "ListCodeInterpreters";
const _LCIR = "ListCodeInterpretersRequest";
const _LCIRi = "ListCodeInterpretersResponse";
const _LCP = "ListCapacityProviders";
const _LCPI = "ListCapacityProvidersInput";
const _LCPO = "ListCapacityProvidersOutput";
const _LCPR = "ListConsentPortalsRequest";
const _LCPRi = "ListConsentPortalsResponse";
const _LCPi = "ListConsentPortals";
const _LD = "ListDatasets";
const _LDE = "ListDatasetExamples";
const _LDER = "ListDatasetExamplesRequest";
const _LDERi = "ListDatasetExamplesResponse";
const _LDR = "ListDatasetsRequest";
const _LDRi = "ListDatasetsResponse";
const _LDV = "ListDatasetVersions";
const _LDVR = "ListDatasetVersionsRequest";
const _LDVRi = "ListDatasetVersionsResponse";
const _LE = "LimitEntry";
const _LEC = "LambdaEvaluatorConfig";
const _LECl = "LlmExtractionConfig";
const _LEI = "LlmExtractionInstruction";
const _LER = "ListEvaluatorsRequest";
const _LERi = "ListEvaluatorsResponse";
const _LEi = "LimitEntries";
const _LEis = "ListEvaluators";
const _LG = "ListGateways";
const _LGR = "ListGatewaysRequest";
const _LGRL = "ListGatewayRateLimits";
const _LGRLR = "ListGatewayRateLimitsRequest";
const _LGRLRi = "ListGatewayRateLimitsResponse";
const _LGRR = "ListGatewayRulesRequest";
const _LGRRi = "ListGatewayRulesResponse";
const _LGRi = "ListGatewaysResponse";
const _LGRis = "ListGatewayRules";
const _LGT = "ListGatewayTargets";
const _LGTR = "ListGatewayTargetsRequest";
const _LGTRi = "ListGatewayTargetsResponse";
const _LH = "ListHarnesses";
const _LHE = "ListHarnessEndpoints";
const _LHER = "ListHarnessEndpointsRequest";
const _LHERi = "ListHarnessEndpointsResponse";
const _LHR = "ListHarnessesRequest";
const _LHRi = "ListHarnessesResponse";
const _LHV = "ListHarnessVersions";
const _LHVR = "ListHarnessVersionsRequest";
const _LHVRi = "ListHarnessVersionsResponse";
const _LIC = "LambdaInterceptorConfiguration";
const _LM = "ListMemories";
const _LMI = "ListMemoriesInput";
const _LMO = "ListMemoriesOutput";
const _LOCP = "ListOauth2CredentialProviders";
const _LOCPR = "ListOauth2CredentialProvidersRequest";
const _LOCPRi = "ListOauth2CredentialProvidersResponse";
const _LOEC = "ListOnlineEvaluationConfigs";
const _LOECR = "ListOnlineEvaluationConfigsRequest";
const _LOECRi = "ListOnlineEvaluationConfigsResponse";
const _LOPCI = "LinkedinOauth2ProviderConfigInput";
const _LOPCO = "LinkedinOauth2ProviderConfigOutput";
const _LP = "LaunchParameters";
const _LPC = "ListPaymentConnectors";
const _LPCP = "ListPaymentCredentialProviders";
const _LPCPR = "ListPaymentCredentialProvidersRequest";
const _LPCPRi = "ListPaymentCredentialProvidersResponse";
const _LPCR = "ListPaymentConnectorsRequest";
const _LPCRi = "ListPaymentConnectorsResponse";
const _LPE = "ListPolicyEngines";
const _LPER = "ListPolicyEnginesRequest";
const _LPERi = "ListPolicyEnginesResponse";
const _LPES = "ListPolicyEngineSummaries";
const _LPESR = "ListPolicyEngineSummariesRequest";
const _LPESRi = "ListPolicyEngineSummariesResponse";
const _LPG = "ListPolicyGenerations";
const _LPGA = "ListPolicyGenerationAssets";
const _LPGAR = "ListPolicyGenerationAssetsRequest";
const _LPGARi = "ListPolicyGenerationAssetsResponse";
const _LPGR = "ListPolicyGenerationsRequest";
const _LPGRi = "ListPolicyGenerationsResponse";
const _LPGS = "ListPolicyGenerationSummaries";
const _LPGSR = "ListPolicyGenerationSummariesRequest";
const _LPGSRi = "ListPolicyGenerationSummariesResponse";
const _LPM = "ListPaymentManagers";
const _LPMR = "ListPaymentManagersRequest";
const _LPMRi = "ListPaymentManagersResponse";
const _LPR = "ListPoliciesRequest";
const _LPRi = "ListPoliciesResponse";
const _LPS = "ListPolicySummaries";
const _LPSR = "ListPolicySummariesRequest";
const _LPSRi = "ListPolicySummariesResponse";
const _LPi = "ListPolicies";
const _LR = "ListRegistries";
const _LRR = "ListRegistriesRequest";
const _LRRR = "ListRegistryRecordsRequest";
const _LRRRi = "ListRegistryRecordsResponse";
const _LRRi = "ListRegistriesResponse";
const _LRRis = "ListRegistryRecords";
const _LS = "LicenseSpecification";
const _LSL = "LicenseSpecificationList";
const _LTC = "LambdaTransformConfiguration";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTS = "LaunchTemplateSource";
const _LWI = "ListWorkloadIdentities";
const _LWIR = "ListWorkloadIdentitiesRequest";
const _LWIRi = "ListWorkloadIdentitiesResponse";
const _M = "Memory";
const _MBT = "MessageBasedTrigger";
const _MBTI = "MessageBasedTriggerInput";
const _MC = "MetadataConfiguration";
const _MCC = "ModifyConsolidationConfiguration";
const _MCPGC = "MCPGatewayConfiguration";
const _MD = "McpDescriptor";
const _ME = "ModelEntry";
const _MEC = "ModifyExtractionConfiguration";
const _MEo = "ModelEntries";
const _MI = "McpInstructions";
const _MICI = "ModifyInvocationConfigurationInput";
const _MLTC = "McpLambdaTargetConfiguration";
const _MM = "ModelMapping";
const _MMS = "ModifyMemoryStrategies";
const _MMSI = "ModifyMemoryStrategyInput";
const _MMSL = "ModifyMemoryStrategiesList";
const _MOPCI = "MicrosoftOauth2ProviderConfigInput";
const _MOPCO = "MicrosoftOauth2ProviderConfigOutput";
const _MP = "MatchPaths";
const _MPE = "MatchPrincipalEntries";
const _MPEa = "MatchPrincipalEntry";
const _MPa = "MatchPrincipals";
const _MRC = "ModifyReflectionConfiguration";
const _MRD = "ManagedResourceDetails";
const _MRS = "MemoryRecordSchema";
const _MS = "MemoryStrategy";
const _MSC = "ModifyStrategyConfiguration";
const _MSE = "MetadataSchemaEntry";
const _MSI = "MemoryStrategyInput";
const _MSIL = "MemoryStrategyInputList";
const _MSL = "MemoryStrategyList";
const _MSLe = "MemorySummaryList";
const _MSLet = "MetadataSchemaList";
const _MSMC = "ModifySelfManagedConfiguration";
const _MSTC = "McpServerTargetConfiguration";
const _MSe = "MemorySummary";
const _MTC = "McpTargetConfiguration";
const _MTSC = "McpToolSchemaConfiguration";
const _MVR = "ManagedVpcResource";
const _NC = "NetworkConfiguration";
const _NKE = "NamespaceKeyEntry";
const _NKL = "NamespaceKeysList";
const _NKV = "NamespaceKeyValidation";
const _NSD = "NumericalScaleDefinition";
const _NSDu = "NumericalScaleDefinitions";
const _NV = "NumberValidation";
const _OAAD = "OAuth2AuthorizationData";
const _OACP = "OAuthCredentialProvider";
const _OACPV = "OAuthCustomParametersValue";
const _OACPu = "OAuthCustomParameters";
const _OASM = "Oauth2AuthorizationServerMetadata";
const _OBOTECT = "OnBehalfOfTokenExchangeConfigType";
const _OC = "OutputConfig";
const _OCP = "Oauth2CredentialProviders";
const _OCPI = "Oauth2CredentialProviderItem";
const _OD = "Oauth2Discovery";
const _OECS = "OnlineEvaluationConfigSummary";
const _OECSL = "OnlineEvaluationConfigSummaryList";
const _OPCI = "Oauth2ProviderConfigInput";
const _OPCO = "Oauth2ProviderConfigOutput";
const _OREMC = "OpenResponsesEvaluatorModelConfig";
const _P = "Prompt";
const _PC = "PermissionsConfiguration";
const _PCP = "PaymentCredentialProviders";
const _PCPC = "PaymentCredentialProviderConfiguration";
const _PCPI = "PaymentCredentialProviderItem";
const _PCS = "PaymentConnectorSummary";
const _PCSa = "PaymentConnectorSummaries";
const _PCr = "ProtocolConfiguration";
const _PD = "PolicyDefinition";
const _PE = "PolicyEngine";
const _PEMR = "PrivateEndpointManagedResources";
const _PEO = "PrivateEndpointOverride";
const _PEOr = "PrivateEndpointOverrides";
const _PES = "PolicyEngineSummary";
const _PESL = "PolicyEngineSummaryList";
const _PEo = "PolicyEngines";
const _PEr = "PrivateEndpoint";
const _PG = "PolicyGeneration";
const _PGA = "PolicyGenerationAsset";
const _PGAo = "PolicyGenerationAssets";
const _PGD = "PolicyGenerationDetails";
const _PGS = "PolicyGenerationSummary";
const _PGSL = "PolicyGenerationSummaryList";
const _PGo = "PolicyGenerations";
const _PKJC = "PrivateKeyJwtConfig";
const _PKS = "PrivateKeySource";
const _PMS = "PaymentManagerSummary";
const _PMSa = "PaymentManagerSummaries";
const _PP = "ProviderPrefix";
const _PPCI = "PaymentProviderConfigurationInput";
const _PPCO = "PaymentProviderConfigurationOutput";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PS = "PolicyStatement";
const _PSL = "PolicySummaryList";
const _PSo = "PolicySummary";
const _PTC = "PassthroughTargetConfiguration";
const _Po = "Policy";
const _Pol = "Policies";
const _R = "Rule";
const _RC = "RateConfig";
const _RCE = "RetryableConflictException";
const _RCa = "RateConfigs";
const _RCe = "ReasoningConfiguration";
const _RCec = "RecordingConfig";
const _RCef = "ReflectionConfiguration";
const _RHC = "RequestHeaderConfiguration";
const _RL = "ResourceLocation";
const _RLEE = "ResourceLimitExceededException";
const _RMC = "RuntimeMetadataConfiguration";
const _RNFE = "ResourceNotFoundException";
const _RPCC = "RotatePaymentConnectorCredentials";
const _RPCCR = "RotatePaymentConnectorCredentialsRequest";
const _RPCCRo = "RotatePaymentConnectorCredentialsResponse";
const _RRCPC = "RegistryRecordCredentialProviderConfiguration";
const _RRCPCL = "RegistryRecordCredentialProviderConfigurationList";
const _RRCPU = "RegistryRecordCredentialProviderUnion";
const _RRICP = "RegistryRecordIamCredentialProvider";
const _RROACP = "RegistryRecordOAuthCredentialProvider";
const _RRS = "RegistryRecordSummary";
const _RRSL = "RegistryRecordSummaryList";
const _RS = "RegistrySummary";
const _RSL = "RegistrySummaryList";
const _RSa = "RatingScale";
const _RTC = "RuntimeTargetConfiguration";
const _RTTA = "RouteToTargetAction";
const _RVC = "RootVolumeConfiguration";
const _Re = "Resource";
const _S = "Secret";
const _SC = "S3Configuration";
const _SCO = "SemanticConsolidationOverride";
const _SCOu = "SummaryConsolidationOverride";
const _SCa = "SamplingConfig";
const _SCe = "SessionConfig";
const _SCes = "SessionConfiguration";
const _SCt = "StickinessConfiguration";
const _SCtr = "StrategyConfiguration";
const _SCtre = "StreamingConfiguration";
const _SCy = "SynchronizationConfiguration";
const _SD = "SchemaDefinition";
const _SDR = "StreamDeliveryResources";
const _SDRL = "StreamDeliveryResourcesList";
const _SDRt = "StreamDeliveryResource";
const _SDe = "ServerDefinition";
const _SDk = "SkillDefinition";
const _SE = "ServiceException";
const _SEO = "SemanticExtractionOverride";
const _SFAPC = "S3FilesAccessPointConfiguration";
const _SFC = "S3FilesConfiguration";
const _SGT = "SynchronizeGatewayTargets";
const _SGTR = "SynchronizeGatewayTargetsRequest";
const _SGTRy = "SynchronizeGatewayTargetsResponse";
const _SJ = "SensitiveJson";
const _SL = "S3Location";
const _SLV = "StringListValidation";
const _SMB = "SystemManagedBlock";
const _SMC = "SelfManagedConfiguration";
const _SMCI = "SelfManagedConfigurationInput";
const _SMD = "SkillMdDefinition";
const _SML = "SecretsManagerLocation";
const _SMLR = "SelfManagedLatticeResource";
const _SMSI = "SemanticMemoryStrategyInput";
const _SMSIu = "SummaryMemoryStrategyInput";
const _SO = "StaticOverride";
const _SOCCI = "SemanticOverrideConsolidationConfigurationInput";
const _SOCCIu = "SummaryOverrideConsolidationConfigurationInput";
const _SOCI = "SemanticOverrideConfigurationInput";
const _SOCIu = "SummaryOverrideConfigurationInput";
const _SOECI = "SemanticOverrideExtractionConfigurationInput";
const _SOPCI = "SalesforceOauth2ProviderConfigInput";
const _SOPCIl = "SlackOauth2ProviderConfigInput";
const _SOPCO = "SalesforceOauth2ProviderConfigOutput";
const _SOPCOl = "SlackOauth2ProviderConfigOutput";
const _SP = "SchemaProperties";
const _SPCI = "StripePrivyConfigurationInput";
const _SPCO = "StripePrivyConfigurationOutput";
const _SPG = "StartPolicyGeneration";
const _SPGR = "StartPolicyGenerationRequest";
const _SPGRt = "StartPolicyGenerationResponse";
const _SQEE = "ServiceQuotaExceededException";
const _SQP = "StaticQueryParameters";
const _SQPV = "StaticQueryParameterValue";
const _SR = "SecretReference";
const _SRE = "SubscriptionRequiredException";
const _SRRFA = "SubmitRegistryRecordForApproval";
const _SRRFAR = "SubmitRegistryRecordForApprovalRequest";
const _SRRFARu = "SubmitRegistryRecordForApprovalResponse";
const _SRt = "StaticRoute";
const _SS = "S3Source";
const _SSC = "SessionStorageConfiguration";
const _ST = "SensitiveText";
const _STVCMK = "SetTokenVaultCMK";
const _STVCMKR = "SetTokenVaultCMKRequest";
const _STVCMKRe = "SetTokenVaultCMKResponse";
const _SV = "StringValidation";
const _TBT = "TimeBasedTrigger";
const _TBTI = "TimeBasedTriggerInput";
const _TBTIo = "TokenBasedTriggerInput";
const _TBTo = "TokenBasedTrigger";
const _TC = "TargetConfiguration";
const _TCI = "TriggerConditionInput";
const _TCIL = "TriggerConditionInputList";
const _TCL = "TriggerConditionsList";
const _TCr = "TriggerCondition";
const _TD = "TargetDescription";
const _TDo = "ToolDefinition";
const _TDoo = "ToolsDefinition";
const _TDool = "ToolDefinitions";
const _TE = "ThrottledException";
const _TEGTCT = "TokenExchangeGrantTypeConfigType";
const _TEh = "ThrottlingException";
const _TFSC = "ToolsFileSystemConfigurations";
const _TFSCo = "ToolsFileSystemConfiguration";
const _TN = "TargetName";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TS = "TargetSummary";
const _TSE = "TrafficSplitEntry";
const _TSEr = "TrafficSplitEntries";
const _TSa = "TargetSummaries";
const _TSo = "ToolSchema";
const _TTSE = "TargetTrafficSplitEntry";
const _TTSEa = "TargetTrafficSplitEntries";
const _UAC = "UpdatedApprovalConfiguration";
const _UACp = "UpdatedAuthorizerConfiguration";
const _UAD = "UpdatedA2aDescriptor";
const _UAKCP = "UpdateApiKeyCredentialProvider";
const _UAKCPR = "UpdateApiKeyCredentialProviderRequest";
const _UAKCPRp = "UpdateApiKeyCredentialProviderResponse";
const _UAR = "UpdateAgentRuntime";
const _UARE = "UpdateAgentRuntimeEndpoint";
const _UARER = "UpdateAgentRuntimeEndpointRequest";
const _UARERp = "UpdateAgentRuntimeEndpointResponse";
const _UARR = "UpdateAgentRuntimeRequest";
const _UARRp = "UpdateAgentRuntimeResponse";
const _UASD = "UpdatedAgentSkillsDescriptor";
const _UASDF = "UpdatedAgentSkillsDescriptorFields";
const _UCB = "UpdateConfigurationBundle";
const _UCBR = "UpdateConfigurationBundleRequest";
const _UCBRp = "UpdateConfigurationBundleResponse";
const _UCD = "UpdatedCustomDescriptor";
const _UCP = "UpdateCapacityProvider";
const _UCPI = "UpdateCapacityProviderInput";
const _UCPO = "UpdateCapacityProviderOutput";
const _UCPR = "UpdateConsentPortalRequest";
const _UCPRp = "UpdateConsentPortalResponse";
const _UCPp = "UpdateConsentPortal";
const _UD = "UpdatedDescription";
const _UDE = "UpdateDatasetExamples";
const _UDER = "UpdateDatasetExamplesRequest";
const _UDERp = "UpdateDatasetExamplesResponse";
const _UDR = "UpdateDatasetRequest";
const _UDRp = "UpdateDatasetResponse";
const _UDU = "UpdatedDescriptorsUnion";
const _UDp = "UpdatedDescriptors";
const _UDpd = "UpdateDataset";
const _UE = "UnauthorizedException";
const _UER = "UpdateEvaluatorRequest";
const _UERp = "UpdateEvaluatorResponse";
const _UEp = "UpdateEvaluator";
const _UG = "UpdateGateway";
const _UGR = "UpdateGatewayRequest";
const _UGRL = "UpdateGatewayRateLimit";
const _UGRLR = "UpdateGatewayRateLimitRequest";
const _UGRLRp = "UpdateGatewayRateLimitResponse";
const _UGRR = "UpdateGatewayRuleRequest";
const _UGRRp = "UpdateGatewayRuleResponse";
const _UGRp = "UpdateGatewayResponse";
const _UGRpd = "UpdateGatewayRule";
const _UGT = "UpdateGatewayTarget";
const _UGTR = "UpdateGatewayTargetRequest";
const _UGTRp = "UpdateGatewayTargetResponse";
const _UH = "UpdateHarness";
const _UHE = "UpdateHarnessEndpoint";
const _UHEA = "UpdatedHarnessEnvironmentArtifact";
const _UHER = "UpdateHarnessEndpointRequest";
const _UHERp = "UpdateHarnessEndpointResponse";
const _UHMC = "UpdatedHarnessMemoryConfiguration";
const _UHR = "UpdateHarnessRequest";
const _UHRp = "UpdateHarnessResponse";
const _UM = "UpdateMemory";
const _UMD = "UpdatedMcpDescriptor";
const _UMDF = "UpdatedMcpDescriptorFields";
const _UMI = "UpdateMemoryInput";
const _UMO = "UpdateMemoryOutput";
const _UOCP = "UpdateOauth2CredentialProvider";
const _UOCPR = "UpdateOauth2CredentialProviderRequest";
const _UOCPRp = "UpdateOauth2CredentialProviderResponse";
const _UOEC = "UpdateOnlineEvaluationConfig";
const _UOECR = "UpdateOnlineEvaluationConfigRequest";
const _UOECRp = "UpdateOnlineEvaluationConfigResponse";
const _UP = "UpdatePolicy";
const _UPC = "UpdatePaymentConnector";
const _UPCO = "UserPreferenceConsolidationOverride";
const _UPCP = "UpdatePaymentCredentialProvider";
const _UPCPR = "UpdatePaymentCredentialProviderRequest";
const _UPCPRp = "UpdatePaymentCredentialProviderResponse";
const _UPCR = "UpdatePaymentConnectorRequest";
const _UPCRp = "UpdatePaymentConnectorResponse";
const _UPE = "UpdatePolicyEngine";
const _UPEO = "UserPreferenceExtractionOverride";
const _UPER = "UpdatePolicyEngineRequest";
const _UPERp = "UpdatePolicyEngineResponse";
const _UPM = "UpdatePaymentManager";
const _UPMR = "UpdatePaymentManagerRequest";
const _UPMRp = "UpdatePaymentManagerResponse";
const _UPMSI = "UserPreferenceMemoryStrategyInput";
const _UPOCCI = "UserPreferenceOverrideConsolidationConfigurationInput";
const _UPOCI = "UserPreferenceOverrideConfigurationInput";
const _UPOECI = "UserPreferenceOverrideExtractionConfigurationInput";
const _UPR = "UpdatePolicyRequest";
const _UPRp = "UpdatePolicyResponse";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRR = "UpdateRegistryRecordRequest";
const _URRRp = "UpdateRegistryRecordResponse";
const _URRS = "UpdateRegistryRecordStatus";
const _URRSR = "UpdateRegistryRecordStatusRequest";
const _URRSRp = "UpdateRegistryRecordStatusResponse";
const _URRn = "UntagResourceResponse";
const _URRp = "UpdateRegistryRequest";
const _URRpd = "UpdateRegistryResponse";
const _URRpda = "UpdateRegistryRecord";
const _URp = "UpdateRegistry";
const _USC = "UpdatedSynchronizationConfiguration";
const _USD = "UpdatedServerDefinition";
const _USDp = "UpdatedSkillDefinition";
const _USMD = "UpdatedSkillMdDefinition";
const _UST = "UpdatedSynchronizationType";
const _UTD = "UpdatedToolsDefinition";
const _UWI = "UpdateWorkloadIdentity";
const _UWIR = "UpdateWorkloadIdentityRequest";
const _UWIRp = "UpdateWorkloadIdentityResponse";
const _V = "Validation";
const _VC = "VpcConfig";
const _VCBS = "VersionCreatedBySource";
const _VCL = "VolumeConfigurationList";
const _VCo = "VolumeConfiguration";
const _VCp = "VpcConfiguration";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _VF = "VersionFilter";
const _VLM = "VersionLineageMetadata";
const _WC = "WafConfiguration";
const _WID = "WorkloadIdentityDetails";
const _WIL = "WorkloadIdentityList";
const _WIT = "WorkloadIdentityType";
const _WO = "WeightedOverride";
const _WR = "WeightedRoute";
const _a = "audience";
const _aA = "autoApproval";
const _aAl = "allowedAudience";
const _aB = "apiBase";
const _aC = "agentCard";
const _aCB = "agentCoreBrowser";
const _aCCI = "agentCoreCodeInterpreter";
const _aCG = "agentCoreGateway";
const _aCMC = "agentCoreMemoryConfiguration";
const _aCMV = "authorizingClaimMatchValue";
const _aCRE = "agentCoreRuntimeEnvironment";
const _aCd = "addedCount";
const _aCl = "allowedClients";
const _aCp = "approvalConfiguration";
const _aCu = "authorizerConfiguration";
const _aD = "authorizationData";
const _aE = "authorizationEndpoint";
const _aF = "apiFormat";
const _aG = "apiGateway";
const _aGTC = "apiGatewayToolConfiguration";
const _aHC = "additionalHeaderClaims";
const _aI = "actorId";
const _aIK = "addIndexedKeys";
const _aIT = "allowedInstanceTypes";
const _aIf = "afterInvocation";
const _aIp = "appId";
const _aIu = "authorizationId";
const _aIw = "awsIam";
const _aK = "apiKey";
const _aKA = "apiKeyArn";
const _aKCP = "apiKeyCredentialProvider";
const _aKI = "apiKeyId";
const _aKS = "apiKeySecret";
const _aKSA = "apiKeySecretArn";
const _aKSC = "apiKeySecretConfig";
const _aKSJK = "apiKeySecretJsonKey";
const _aKSS = "apiKeySecretSource";
const _aMRF = "additionalModelRequestFields";
const _aMS = "addMemoryStrategies";
const _aO = "anyOf";
const _aOPC = "atlassianOauth2ProviderConfig";
const _aP = "additionalParams";
const _aPA = "accessPointArn";
const _aPC = "additionalPayloadClaims";
const _aPK = "authorizationPrivateKey";
const _aPKA = "authorizationPrivateKeyArn";
const _aPKC = "authorizationPrivateKeyConfig";
const _aPKJK = "authorizationPrivateKeyJsonKey";
const _aPKS = "authorizationPrivateKeySource";
const _aQP = "allowedQueryParameters";
const _aR = "agentRuntimes";
const _aRA = "agentRuntimeArn";
const _aRAg = "agentRuntimeArtifact";
const _aREA = "agentRuntimeEndpointArn";
const _aRH = "allowedRequestHeaders";
const _aRHl = "allowedResponseHeaders";
const _aRI = "agentRuntimeId";
const _aRN = "agentRuntimeName";
const _aRORU = "allowedResourceOauth2ReturnUrls";
const _aRV = "agentRuntimeVersion";
const _aRg = "agentcoreRuntime";
const _aS = "allowedScopes";
const _aSA = "appSecretArn";
const _aSC = "appSecretConfig";
const _aSJK = "appSecretJsonKey";
const _aSM = "advertisedScopeMapping";
const _aSMu = "authorizationServerMetadata";
const _aSS = "appSecretSource";
const _aSg = "agentSkills";
const _aSp = "appSecret";
const _aSw = "awsSkills";
const _aT = "authorizerType";
const _aTC = "actorTokenContent";
const _aTCf = "afterToolCall";
const _aTP = "appendToPrompt";
const _aTS = "actorTokenScopes";
const _aTl = "allowedTools";
const _aU = "authorizationUrl";
const _aV = "allowedValues";
const _aWC = "allowedWorkloadConfiguration";
const _aa = "a2a";
const _ac = "actions";
const _ar = "arn";
const _au = "auth";
const _b = "bundles";
const _bA = "browserArn";
const _bAu = "bundleArn";
const _bEI = "baseEvaluatorId";
const _bEMC = "bedrockEvaluatorModelConfig";
const _bI = "browserId";
const _bIe = "beforeInvocation";
const _bIu = "bundleId";
const _bMC = "bedrockModelConfig";
const _bN = "bundleName";
const _bNr = "branchName";
const _bOAI = "bucketOwnerAccountId";
const _bS = "browserSigning";
const _bSr = "browserSummaries";
const _bTC = "beforeToolCall";
const _bV = "bundleVersion";
const _bVo = "booleanValue";
const _bu = "bucket";
const _c = "client";
const _cA = "createdAt";
const _cAM = "clientAuthenticationMethod";
const _cAr = "credentialArn";
const _cB = "createdBy";
const _cBN = "createdByName";
const _cBo = "configurationBundle";
const _cBod = "codeBased";
const _cC = "computeConfiguration";
const _cCC = "customConsolidationConfiguration";
const _cCCo = "coinbaseCdpConfiguration";
const _cCDP = "coinbaseCDP";
const _cCl = "clusteringConfig";
const _cCo = "contentConfigurations";
const _cCod = "codeConfiguration";
const _cCon = "containerConfiguration";
const _cCu = "customClaims";
const _cEC = "customExtractionConfiguration";
const _cI = "clientId";
const _cIA = "codeInterpreterArn";
const _cII = "codeInterpreterId";
const _cIS = "codeInterpreterSummaries";
const _cIo = "connectorId";
const _cIom = "compositeIdentifier";
const _cJWTA = "customJWTAuthorizer";
const _cL = "credentialLocation";
const _cM = "commitMessage";
const _cMO = "claimMatchOperator";
const _cMS = "customMemoryStrategy";
const _cMV = "claimMatchValue";
const _cOPC = "customOauth2ProviderConfig";
const _cP = "credentialProvider";
const _cPA = "credentialProviderArn";
const _cPAa = "capacityProviderArn";
const _cPAo = "consentPortalArn";
const _cPC = "capacityProviderConfiguration";
const _cPCr = "credentialProviderConfigurations";
const _cPI = "capacityProviderId";
const _cPIo = "consentPortalId";
const _cPIon = "consentPortalIdentifier";
const _cPN = "credentialParameterName";
const _cPORA = "capacityProviderOperatorRoleArn";
const _cPT = "credentialProviderType";
const _cPV = "credentialProviderVendor";
const _cPVa = "capacityProviderVolume";
const _cPa = "capacityProviders";
const _cPo = "consentPortals";
const _cPr = "credentialPrefix";
const _cPre = "credentialProviders";
const _cPu = "customParameters";
const _cRC = "customReflectionConfiguration";
const _cRI = "capacityReservationId";
const _cRP = "capacityReservationPreference";
const _cRRGA = "capacityReservationResourceGroupArn";
const _cRS = "capacityReservationSpecification";
const _cRT = "capacityReservationTarget";
const _cS = "clientSecret";
const _cSA = "clientSecretArn";
const _cSC = "clientSecretConfig";
const _cSJK = "clientSecretJsonKey";
const _cSS = "clientSecretSource";
const _cT = "clientToken";
const _cTC = "customTransformConfiguration";
const _cTR = "credentialsToRotate";
const _cTr = "createdTime";
const _cU = "containerUri";
const _cUA = "credentialsUpdatedAt";
const _cUa = "callbackUrl";
const _cWC = "cloudWatchConfig";
const _cWL = "cloudWatchLogs";
const _ca = "categorical";
const _ce = "certificates";
const _ced = "cedar";
const _co = "code";
const _com = "components";
const _con = "configuration";
const _cond = "conditions";
const _conf = "configurations";
const _confi = "config";
const _conn = "connections";
const _conne = "connector";
const _cons = "consolidation";
const _cont = "content";
const _cu = "custom";
const _d = "description";
const _dA = "datasetArn";
const _dC = "deletedCount";
const _dI = "datasetId";
const _dK = "dimensionKeys";
const _dMLTP = "disableMcpListToolsPagination";
const _dMM = "deleteManagedMemory";
const _dMS = "deleteMemoryStrategies";
const _dN = "datasetName";
const _dNe = "deviceName";
const _dRU = "defaultReturnUrl";
const _dS = "draftStatus";
const _dSA = "dataStreamArn";
const _dSC = "dataSourceConfig";
const _dT = "descriptorType";
const _dU = "discoveryUrl";
const _dUEA = "downloadUrlExpiresAt";
const _dUo = "downloadUrl";
const _dV = "datasetVersion";
const _dVo = "doubleValue";
const _da = "datasets";
const _de = "definition";
const _der = "derived";
const _des = "descriptors";
const _di = "dimensions";
const _dis = "disabled";
const _do = "domain";
const _e = "error";
const _eA = "evaluatorArn";
const _eAP = "efsAccessPoint";
const _eAn = "environmentArtifact";
const _eB = "eventBridge";
const _eC = "evaluatorConfig";
const _eCI = "ebsCardIndex";
const _eCO = "episodicConsolidationOverride";
const _eCb = "ebsConfiguration";
const _eCc = "ec2Configuration";
const _eCf = "efsConfiguration";
const _eCx = "exampleCount";
const _eCxt = "extractionConfig";
const _eED = "eventExpiryDuration";
const _eEO = "episodicExtractionOverride";
const _eERA = "evaluationExecutionRoleArn";
const _eI = "exampleIds";
const _eIAT = "endpointIpAddressType";
const _eIv = "evaluatorId";
const _eKA = "encryptionKeyArn";
const _eL = "exceptionLevel";
const _eM = "enforcementMode";
const _eMS = "episodicMemoryStrategy";
const _eN = "endpointName";
const _eNv = "evaluatorName";
const _eO = "episodicOverride";
const _eOC = "enableOnCreate";
const _eP = "entryPoint";
const _ePn = "enterprisePolicies";
const _eRA = "executionRoleArn";
const _eRC = "episodicReflectionConfiguration";
const _eRO = "episodicReflectionOverride";
const _eRS = "enableResponseStreaming";
const _eS = "executionStatus";
const _eT = "evaluatorType";
const _eTx = "extractionType";
const _eV = "environmentVariables";
const _eVp = "ephemeralVolumes";
const _eb = "ebs";
const _ef = "effort";
const _en = "entries";
const _ena = "enabled";
const _enc = "encrypted";
const _end = "endpoint";
const _endp = "endpoints";
const _env = "environment";
const _ev = "evaluators";
const _ex = "extraction";
const _exa = "examples";
const _exc = "exclude";
const _f = "frequencies";
const _fC = "filesystemConfigurations";
const _fL = "fieldList";
const _fM = "failureMode";
const _fP = "filterPath";
const _fR = "failureReason";
const _fSA = "fileSystemArn";
const _fSGB = "freeSpaceGiB";
const _fU = "fromUrl";
const _fi = "findings";
const _fie = "field";
const _fil = "filter";
const _filt = "filters";
const _g = "git";
const _gA = "gatewayArn";
const _gI = "gatewayIdentifier";
const _gIa = "gatewayId";
const _gMC = "geminiModelConfig";
const _gOPC = "googleOauth2ProviderConfig";
const _gOPCi = "githubOauth2ProviderConfig";
const _gR = "gatewayRules";
const _gT = "grantType";
const _gU = "gatewayUrl";
const _h = "hooks";
const _hCWS = "historicalContextWindowSize";
const _hE = "httpError";
const _hEo = "hostingEnvironments";
const _hI = "harnessId";
const _hN = "harnessName";
const _hQ = "httpQuery";
const _hV = "harnessVersion";
const _hVa = "harnessVersions";
const _ha = "harness";
const _har = "harnesses";
const _he = "headers";
const _ht = "http";
const _i = "id";
const _iC = "inlineContent";
const _iCP = "iamCredentialProvider";
const _iCd = "idpConfig";
const _iCn = "inferenceConfig";
const _iCnp = "inputConfiguration";
const _iCnt = "interceptorConfigurations";
const _iCnv = "invocationConfiguration";
const _iD = "includedData";
const _iE = "inlineExamples";
const _iF = "inlineFunction";
const _iI = "insightId";
const _iIT = "idleInstanceTimeout";
const _iK = "indexedKeys";
const _iOPC = "includedOauth2ProviderConfig";
const _iP = "interceptionPoints";
const _iPA = "instanceProfileArn";
const _iPa = "iamPrincipal";
const _iPn = "inlinePayload";
const _iR = "instanceRequirements";
const _iRST = "idleRuntimeSessionTimeout";
const _iS = "inputSchema";
const _iST = "idleSessionTimeout";
const _iT = "idempotencyToken";
const _iTCN = "inboundTokenClaimName";
const _iTCVT = "inboundTokenClaimValueType";
const _id = "identifier";
const _in = "insights";
const _inf = "inference";
const _ins = "instructions";
const _int = "interceptor";
const _io = "iops";
const _is = "issuer";
const _it = "items";
const _jK = "jsonKey";
const _k = "key";
const _kC = "kmsConfiguration";
const _kKA = "kmsKeyArn";
const _kKI = "kmsKeyId";
const _kKS = "kmsKeySource";
const _kT = "keyType";
const _ki = "kinesis";
const _l = "location";
const _lA = "lambdaArn";
const _lAAJ = "llmAsAJudge";
const _lC = "lifecycleConfiguration";
const _lCA = "licenseConfigurationArn";
const _lCa = "lambdaConfig";
const _lEC = "llmExtractionConfig";
const _lEI = "llmExtractionInstruction";
const _lFM = "lockedForModification";
const _lGN = "logGroupNames";
const _lGNP = "logGroupNamePrefixes";
const _lGNo = "logGroupName";
const _lLMC = "liteLlmModelConfig";
const _lM = "lineageMetadata";
const _lMD = "lastModifiedDate";
const _lMi = "listingMode";
const _lOPC = "linkedinOauth2ProviderConfig";
const _lP = "launchParameters";
const _lPB = "latestPerBranch";
const _lS = "licenseSpecifications";
const _lSA = "lastSavedAt";
const _lSAa = "lastSynchronizedAt";
const _lSBI = "lastSavedBrowserId";
const _lSBSI = "lastSavedBrowserSessionId";
const _lTIS = "lambdaTimeoutInSeconds";
const _lTS = "launchTemplateSource";
const _lUA = "lastUpdatedAt";
const _lUT = "lastUpdatedTime";
const _lV = "liveVersion";
const _la = "label";
const _lam = "lambda";
const _le = "level";
const _m = "message";
const _mB = "managedBy";
const _mBRA = "managedByResourceArn";
const _mBT = "messageBasedTrigger";
const _mC = "metadataConfiguration";
const _mCe = "messagesCount";
const _mCes = "messageCount";
const _mCo = "modelConfig";
const _mERA = "memoryExecutionRoleArn";
const _mI = "modelId";
const _mIa = "maxIterations";
const _mIax = "maxItems";
const _mIe = "memoryId";
const _mL = "maxLifetime";
const _mM = "modelMapping";
const _mMC = "managedMemoryConfiguration";
const _mMS = "modifyMemoryStrategies";
const _mN = "metricsNamespace";
const _mOPC = "microsoftOauth2ProviderConfig";
const _mOT = "maxOutputTokens";
const _mP = "mountPath";
const _mPa = "matchPrincipals";
const _mPat = "matchPaths";
const _mR = "maxResults";
const _mRS = "memoryRecordSchema";
const _mS = "memoryStrategies";
const _mSI = "memoryStrategyId";
const _mSc = "mcpServer";
const _mSe = "metadataSchema";
const _mT = "maxTokens";
const _mTS = "mcpToolSchema";
const _mV = "minValue";
const _mVR = "managedVpcResource";
const _mVS = "matchValueString";
const _mVSL = "matchValueStringList";
const _mVa = "maxValue";
const _mc = "mcp";
const _me = "methods";
const _mem = "memory";
const _memo = "memories";
const _met = "method";
const _meta = "metadata";
const _mo = "model";
const _mod = "mode";
const _mode = "models";
const _mon = "monitoring";
const _n = "name";
const _nC = "networkConfiguration";
const _nK = "namespaceKeys";
const _nM = "networkMode";
const _nMC = "networkModeConfig";
const _nT = "namespaceTemplates";
const _nTe = "nextToken";
const _nV = "numberValidation";
const _na = "namespaces";
const _no = "none";
const _nu = "numerical";
const _o = "operator";
const _oA = "outboundAuth";
const _oAMC = "openAiModelConfig";
const _oAS = "openApiSchema";
const _oBOTEC = "onBehalfOfTokenExchangeConfig";
const _oC = "outputConfig";
const _oCP = "oauthCredentialProvider";
const _oD = "oauthDiscovery";
const _oEC = "onlineEvaluationConfigs";
const _oECA = "onlineEvaluationConfigArn";
const _oECI = "onlineEvaluationConfigId";
const _oECN = "onlineEvaluationConfigName";
const _oPCI = "oauth2ProviderConfigInput";
const _oPCO = "oauth2ProviderConfigOutput";
const _oS = "operatingSystem";
const _oSu = "outputSchema";
const _oV = "optionalValue";
const _oa = "oauth2";
const _oau = "oauth";
const _op = "operations";
const _p = "path";
const _pA = "profileArn";
const _pAo = "policyArn";
const _pAr = "providerArn";
const _pC = "protocolConfiguration";
const _pCI = "paymentConnectorId";
const _pCIr = "providerConfigurationInput";
const _pCO = "providerConfigurationOutput";
const _pCa = "paymentConnectors";
const _pCe = "permissionsConfiguration";
const _pDBN = "payloadDeliveryBucketName";
const _pE = "privateEndpoint";
const _pEA = "policyEngineArn";
const _pEC = "policyEngineConfiguration";
const _pEI = "policyEngineId";
const _pEMR = "privateEndpointManagedResources";
const _pEO = "privateEndpointOverrides";
const _pEo = "policyEngines";
const _pF = "payloadFilter";
const _pG = "policyGenerations";
const _pGA = "policyGenerationArn";
const _pGAI = "policyGenerationAssetId";
const _pGAo = "policyGenerationAssets";
const _pGI = "policyGenerationId";
const _pGo = "policyGeneration";
const _pI = "profileId";
const _pIo = "policyId";
const _pKJC = "privateKeyJwtConfig";
const _pKS = "privateKeySource";
const _pM = "provisionMode";
const _pMA = "paymentManagerArn";
const _pMI = "paymentManagerId";
const _pMa = "paymentManagers";
const _pN = "productName";
const _pO = "parameterOverrides";
const _pP = "providerPath";
const _pPr = "providerPrefix";
const _pRH = "passRequestHeaders";
const _pRM = "preserveRecentMessages";
const _pS = "profileSummaries";
const _pT = "protocolType";
const _pTr = "propagatedTags";
const _pU = "portalUrl";
const _pV = "parameterValues";
const _pVI = "parentVersionIds";
const _pVl = "platformVersion";
const _pVr = "protocolVersion";
const _pa = "paths";
const _par = "parameters";
const _pas = "passthrough";
const _pe = "period";
const _po = "policy";
const _pol = "policies";
const _pr = "priority";
const _pre = "prefix";
const _pro = "provider";
const _prop = "properties";
const _q = "qualifier";
const _r = "reason";
const _rA = "roleArn";
const _rAA = "resourceAssociationArn";
const _rAI = "restApiId";
const _rAe = "recordArn";
const _rAeg = "registryArn";
const _rAes = "resourceArn";
const _rC = "reflectionConfiguration";
const _rCI = "resourceConfigurationIdentifier";
const _rCe = "retrievalConfig";
const _rD = "resultDestination";
const _rDo = "routingDomain";
const _rE = "runtimeEndpoints";
const _rEMC = "responsesEvaluatorModelConfig";
const _rGA = "resourceGatewayArn";
const _rHA = "requestHeaderAllowlist";
const _rHC = "requestHeaderConfiguration";
const _rI = "ruleId";
const _rIe = "registryId";
const _rIec = "recordId";
const _rL = "rateLimits";
const _rLI = "rateLimitId";
const _rM = "remoteMcp";
const _rMMDSV = "requireMMDSV2";
const _rP = "resourcePriority";
const _rPe = "regexPattern";
const _rR = "registryRecords";
const _rS = "relevanceScore";
const _rSSE = "requireServiceS3Endpoint";
const _rSa = "ratingScale";
const _rT = "responseTypes";
const _rTF = "rawTextFragment";
const _rTT = "routeToTarget";
const _rTa = "rawText";
const _rV = "recordVersion";
const _rVo = "rootVolume";
const _ra = "rate";
const _re = "recording";
const _rea = "reasoning";
const _ref = "reflection";
const _reg = "region";
const _regi = "registries";
const _req = "requests";
const _requ = "required";
const _res = "resource";
const _reso = "resources";
const _ru = "runtime";
const _rul = "rule";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.bedrockagentcorecontrol";
const _sA = "signingAlgorithm";
const _sAe = "secretArn";
const _sC = "synchronizationConfiguration";
const _sCO = "semanticConsolidationOverride";
const _sCOu = "summaryConsolidationOverride";
const _sCa = "samplingConfig";
const _sCe = "sessionConfiguration";
const _sCes = "sessionConfig";
const _sCt = "statusCode";
const _sCti = "stickinessConfiguration";
const _sCtr = "streamingConfiguration";
const _sD = "skillDefinition";
const _sDR = "streamDeliveryResources";
const _sEO = "semanticExtractionOverride";
const _sFAP = "s3FilesAccessPoint";
const _sFC = "s3FilesConfiguration";
const _sG = "securityGroups";
const _sGB = "sizeGiB";
const _sGI = "securityGroupIds";
const _sI = "snapshotId";
const _sIe = "secretId";
const _sIt = "strategyId";
const _sIu = "subnetIds";
const _sKN = "sshKeyName";
const _sL = "s3Location";
const _sLV = "stringListValidation";
const _sM = "skillMd";
const _sMC = "selfManagedConfiguration";
const _sMLR = "selfManagedLatticeResource";
const _sMS = "semanticMemoryStrategy";
const _sMSu = "summaryMemoryStrategy";
const _sMe = "secretsManager";
const _sMm = "smithyModel";
const _sN = "serviceNames";
const _sO = "staticOverride";
const _sOPC = "slackOauth2ProviderConfig";
const _sOPCa = "salesforceOauth2ProviderConfig";
const _sOe = "semanticOverride";
const _sOu = "summaryOverride";
const _sP = "systemPrompt";
const _sPC = "stripePrivyConfiguration";
const _sPa = "samplingPercentage";
const _sPe = "serverProtocol";
const _sPt = "stripePrivy";
const _sQP = "staticQueryParameters";
const _sQPCR = "staticQueryParameterConflictResolution";
const _sR = "statusReason";
const _sRt = "statusReasons";
const _sRta = "staticRoute";
const _sRu = "summaryRatio";
const _sS = "stopSequences";
const _sSP = "summarizationSystemPrompt";
const _sSe = "sessionStorage";
const _sSo = "s3Source";
const _sT = "schemaType";
const _sTIS = "sessionTimeoutInSeconds";
const _sTM = "sessionTimeoutMinutes";
const _sTe = "searchType";
const _sTy = "synchronizationType";
const _sU = "subscriptionUrl";
const _sUr = "s3Uri";
const _sV = "schemaVersion";
const _sVt = "stringValue";
const _sVtr = "stringValidation";
const _sVu = "supportedVersions";
const _sW = "slidingWindow";
const _s_ = "s3";
const _sc = "scopes";
const _sch = "schema";
const _se = "server";
const _sec = "secrets";
const _sep = "separator";
const _ser = "service";
const _sk = "skills";
const _sn = "sns";
const _so = "source";
const _sou = "sources";
const _st = "status";
const _sta = "stage";
const _stat = "statement";
const _str = "strategies";
const _stra = "strategy";
const _stri = "strip";
const _su = "subnets";
const _sum = "summarization";
const _sy = "system";
const _t = "type";
const _tA = "topicArn";
const _tBT = "tokenBasedTrigger";
const _tBTi = "timeBasedTrigger";
const _tC = "targetConfiguration";
const _tCo = "tokenCount";
const _tCr = "triggerConditions";
const _tE = "tokenEndpoint";
const _tEAM = "tokenEndpointAuthMethods";
const _tEGTC = "tokenExchangeGrantTypeConfig";
const _tF = "toolFilters";
const _tI = "targetId";
const _tIL = "targetIdList";
const _tIe = "tenantId";
const _tK = "topK";
const _tKa = "tagKeys";
const _tN = "targetName";
const _tO = "toolOverrides";
const _tP = "topP";
const _tRS = "targetResourceScope";
const _tS = "timeoutSeconds";
const _tSo = "toolSchema";
const _tSr = "triggerSynchronization";
const _tSra = "trafficSplit";
const _tT = "targetType";
const _tV = "targetVersion";
const _tVI = "tokenVaultId";
const _ta = "tags";
const _tar = "target";
const _targ = "targets";
const _te = "temperature";
const _tex = "text";
const _th = "throughput";
const _ti = "timeout";
const _to = "tools";
const _tok = "tokens";
const _tr = "truncation";
const _u = "url";
const _uA = "updatedAt";
const _uC = "updatedCount";
const _uI = "userId";
const _uPCO = "userPreferenceConsolidationOverride";
const _uPEO = "userPreferenceExtractionOverride";
const _uPMS = "userPreferenceMemoryStrategy";
const _uPO = "userPreferenceOverride";
const _ur = "uri";
const _us = "username";
const _v = "visible";
const _vC = "vpcConfig";
const _vCA = "versionCreatedAt";
const _vCp = "vpcConfiguration";
const _vI = "versionId";
const _vIR = "volumeInitializationRate";
const _vIp = "vpcIdentifier";
const _vM = "validationMode";
const _vN = "volumeName";
const _vNi = "virtualName";
const _vS = "volumeSize";
const _vT = "volumeType";
const _va = "value";
const _val = "validation";
const _ve = "version";
const _ver = "versions";
const _vi = "view";
const _vo = "volumes";
const _w = "weight";
const _wAA = "webAclArn";
const _wC = "wafConfiguration";
const _wI = "workloadIdentities";
const _wIA = "workloadIdentityArn";
const _wID = "workloadIdentityDetails";
const _wO = "weightedOverride";
const _wR = "weightedRoute";
const _wS = "walletSecret";
const _wSA = "walletSecretArn";
const _wSC = "walletSecretConfig";
const _wSJK = "walletSecretJsonKey";
const _wSS = "walletSecretSource";
const n0 = "com.amazonaws.bedrockagentcorecontrol";
const _s_registry = new TypeRegistry(_s);
var BedrockAgentCoreControlServiceException$ = [-3, _s, "BedrockAgentCoreControlServiceException", 0, [], []];
_s_registry.registerError(BedrockAgentCoreControlServiceException$, BedrockAgentCoreControlServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0], 1
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DecryptionFailure$ = [-3, n0, _DF,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
var EncryptionFailure$ = [-3, n0, _EF,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceLimitExceededException$ = [-3, n0, _RLEE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var RetryableConflictException$ = [-3, n0, _RCE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0], 1
];
n0_registry.registerError(RetryableConflictException$, RetryableConflictException);
var ServiceException$ = [-3, n0, _SE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceException$, ServiceException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SubscriptionRequiredException$ = [-3, n0, _SRE,
    { [_e]: _c, [_hE]: 403 },
    [_m, _sU, _pN],
    [0, 0, 0], 1
];
n0_registry.registerError(SubscriptionRequiredException$, SubscriptionRequiredException);
var ThrottledException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [0]
];
n0_registry.registerError(ThrottledException$, ThrottledException);
var ThrottlingException$ = [-3, n0, _TEh,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnauthorizedException$ = [-3, n0, _UE,
    { [_e]: _c, [_hE]: 401 },
    [_m],
    [0]
];
n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _r, _fL],
    [0, 0, () => ValidationExceptionFieldList], 2
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AdditionalClaimValue = [0, n0, _ACV, 8, 0];
var ConfigurationBundleDescription = [0, n0, _CBD, 8, 0];
var DefaultApiKeyType = [0, n0, _DAKT, 8, 0];
var DefaultClientSecretType = [0, n0, _DCST, 8, 0];
var DefaultCoinbaseCdpApiKeySecretType = [0, n0, _DCCAKST, 8, 0];
var DefaultCoinbaseCdpWalletSecretType = [0, n0, _DCCWST, 8, 0];
var DefaultStripePrivyAppSecretType = [0, n0, _DSPAST, 8, 0];
var DefaultStripePrivyAuthorizationPrivateKeyType = [0, n0, _DSPAPKT, 8, 0];
var Definition = [0, n0, _D, 8, 0];
var Description = [0, n0, _De, 8, 0];
var DownloadUrl = [0, n0, _DU, 8, 0];
var EndpointName = [0, n0, _EN, 8, 0];
var EvaluationConfigDescription = [0, n0, _ECD, 8, 0];
var EvaluatorDescription = [0, n0, _ED, 8, 0];
var EvaluatorInstructions = [0, n0, _EI, 8, 0];
var GatewayDescription = [0, n0, _GD, 8, 0];
var HarnessInlineFunctionDescription = [0, n0, _HIFD, 8, 0];
var HarnessLiteLlmApiBase = [0, n0, _HLLAB, 8, 0];
var HarnessOpenAiApiBase = [0, n0, _HOAAB, 8, 0];
var HarnessRemoteMcpUrl = [0, n0, _HRMU, 8, 0];
var InlinePayload = [0, n0, _IP, 8, 0];
var LlmExtractionInstruction = [0, n0, _LEI, 8, 0];
var McpInstructions = [0, n0, _MI, 8, 0];
var OAuthCustomParametersValue = [0, n0, _OACPV, 8, 0];
var Prompt = [0, n0, _P, 8, 0];
var SensitiveJson = [0, n0, _SJ, 8, 15];
var SensitiveText = [0, n0, _ST, 8, 0];
var StaticQueryParameterValue = [0, n0, _SQPV, 8, 0];
var TargetDescription = [0, n0, _TD, 8, 0];
var TargetName = [0, n0, _TN, 8, 0];
var A2aDescriptor$ = [3, n0, _AD,
    0,
    [_aC],
    [() => AgentCardDefinition$]
];
var AddDatasetExamplesRequest$ = [3, n0, _ADER,
    0,
    [_dI, _so, _cT],
    [[0, 1], [() => DataSourceType$, 0], [0, 4]], 2
];
var AddDatasetExamplesResponse$ = [3, n0, _ADERd,
    0,
    [_dA, _dI, _st, _aCd, _uA, _eI],
    [0, 0, 0, 1, 4, 64 | 0], 6
];
var AgentCardDefinition$ = [3, n0, _ACD,
    0,
    [_sV, _iC],
    [0, 0]
];
var AgentRuntime$ = [3, n0, _AR,
    0,
    [_aRA, _aRI, _aRV, _aRN, _d, _lUA, _st],
    [0, 0, 0, 0, [() => Description, 0], 5, 0], 7
];
var AgentRuntimeEndpoint$ = [3, n0, _ARE,
    0,
    [_n, _aREA, _aRA, _st, _i, _cA, _lUA, _lV, _tV, _d],
    [[() => EndpointName, 0], 0, 0, 0, 0, 5, 5, 0, 0, 0], 7
];
var AgentRuntimeVersionSummary$ = [3, n0, _ARVS,
    0,
    [_aRA, _aRV, _st],
    [0, 0, 0], 3
];
var AgentSkillsDescriptor$ = [3, n0, _ASD,
    0,
    [_sM, _sD],
    [() => SkillMdDefinition$, () => SkillDefinition$]
];
var AllowedWorkloadConfiguration$ = [3, n0, _AWC,
    0,
    [_hEo, _wI],
    [() => HostingEnvironmentListType, 64 | 0]
];
var ApiGatewayTargetConfiguration$ = [3, n0, _AGTC,
    0,
    [_rAI, _sta, _aGTC],
    [0, 0, () => ApiGatewayToolConfiguration$], 3
];
var ApiGatewayToolConfiguration$ = [3, n0, _AGTCp,
    0,
    [_tF, _tO],
    [() => ApiGatewayToolFilters, () => ApiGatewayToolOverrides], 1
];
var ApiGatewayToolFilter$ = [3, n0, _AGTF,
    0,
    [_fP, _me],
    [0, 64 | 0], 2
];
var ApiGatewayToolOverride$ = [3, n0, _AGTO,
    0,
    [_n, _p, _met, _d],
    [0, 0, 0, 0], 3
];
var ApiKeyCredentialProviderItem$ = [3, n0, _AKCPI,
    0,
    [_n, _cPA, _cTr, _lUT],
    [0, 0, 4, 4], 4
];
var ApprovalConfiguration$ = [3, n0, _AC,
    0,
    [_aA],
    [2]
];
var AtlassianOauth2ProviderConfigInput$ = [3, n0, _AOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var AtlassianOauth2ProviderConfigOutput$ = [3, n0, _AOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var AuthorizingClaimMatchValueType$ = [3, n0, _ACMVT,
    0,
    [_cMV, _cMO],
    [() => ClaimMatchValueType$, 0], 2
];
var BatchPutGatewayRateLimitsRequest$ = [3, n0, _BPGRLR,
    0,
    [_gI, _rL, _cT],
    [[0, 1], () => BatchPutLimitEntries, [0, 4]], 2
];
var BatchPutGatewayRateLimitsResponse$ = [3, n0, _BPGRLRa,
    0,
    [_rL],
    [() => GatewayRateLimits], 1
];
var BatchPutLimitEntry$ = [3, n0, _BPLE,
    0,
    [_dK, _en, _rLI, _d],
    [64 | 0, () => LimitEntries, 0, 0], 2
];
var BedrockEvaluatorModelConfig$ = [3, n0, _BEMC,
    0,
    [_mI, _iCn, _aMRF],
    [0, () => InferenceConfiguration$, 15], 1
];
var BrowserEnterprisePolicy$ = [3, n0, _BEP,
    0,
    [_l, _t],
    [() => ResourceLocation$, 0], 1
];
var BrowserNetworkConfiguration$ = [3, n0, _BNC,
    0,
    [_nM, _vC],
    [0, () => VpcConfig$], 1
];
var BrowserProfileSummary$ = [3, n0, _BPS,
    0,
    [_pI, _pA, _n, _st, _cA, _lUA, _d, _lSA, _lSBSI, _lSBI],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 5, 0, 0], 6
];
var BrowserSigningConfigInput$ = [3, n0, _BSCI,
    0,
    [_ena],
    [2], 1
];
var BrowserSigningConfigOutput$ = [3, n0, _BSCO,
    0,
    [_ena],
    [2], 1
];
var BrowserSummary$ = [3, n0, _BS,
    0,
    [_bI, _bA, _st, _cA, _n, _d, _lUA],
    [0, 0, 0, 5, 0, [() => Description, 0], 5], 4
];
var CapacityProviderConfiguration$ = [3, n0, _CPC,
    0,
    [_cPAa],
    [0], 1
];
var CapacityProviderSummary$ = [3, n0, _CPS,
    0,
    [_cPI, _cPAa, _n, _st, _lUA],
    [0, 0, 0, 0, 4], 5
];
var CapacityProviderVolumeConfiguration$ = [3, n0, _CPVC,
    0,
    [_vN, _mP],
    [0, 0], 2
];
var CapacityReservationSpecification$ = [3, n0, _CRS,
    0,
    [_cRP, _cRT],
    [0, () => CapacityReservationTarget$]
];
var CapacityReservationTarget$ = [3, n0, _CRT,
    0,
    [_cRI, _cRRGA],
    [0, 0]
];
var CategoricalScaleDefinition$ = [3, n0, _CSD,
    0,
    [_de, _la],
    [0, 0], 2
];
var CedarPolicy$ = [3, n0, _CP,
    0,
    [_stat],
    [0], 1
];
var Certificate$ = [3, n0, _C,
    0,
    [_l],
    [() => CertificateLocation$], 1
];
var CloudWatchLogsInputConfig$ = [3, n0, _CWLIC,
    0,
    [_sN, _lGN, _lGNP],
    [64 | 0, 64 | 0, 64 | 0], 1
];
var CloudWatchOutputConfig$ = [3, n0, _CWOC,
    0,
    [_lGNo, _mN, _rD],
    [0, 0, 0]
];
var ClusteringConfig$ = [3, n0, _CC,
    0,
    [_f],
    [64 | 0], 1
];
var CodeConfiguration$ = [3, n0, _CCo,
    0,
    [_co, _ru, _eP],
    [() => Code$, 0, 64 | 0], 3
];
var CodeInterpreterNetworkConfiguration$ = [3, n0, _CINC,
    0,
    [_nM, _vC],
    [0, () => VpcConfig$], 1
];
var CodeInterpreterSummary$ = [3, n0, _CIS,
    0,
    [_cII, _cIA, _st, _cA, _n, _d, _lUA],
    [0, 0, 0, 5, 0, [() => Description, 0], 5], 4
];
var CoinbaseCdpConfigurationInput$ = [3, n0, _CCCI,
    0,
    [_aKI, _aKS, _aKSS, _aKSC, _wS, _wSS, _wSC],
    [0, [() => DefaultCoinbaseCdpApiKeySecretType, 0], 0, () => SecretReference$, [() => DefaultCoinbaseCdpWalletSecretType, 0], 0, () => SecretReference$], 1
];
var CoinbaseCdpConfigurationOutput$ = [3, n0, _CCCO,
    0,
    [_aKI, _aKSA, _wSA, _aKSJK, _aKSS, _wSJK, _wSS],
    [0, () => Secret$, () => Secret$, 0, 0, 0, 0], 3
];
var CoinbaseCdpRotationTargets$ = [3, n0, _CCRT,
    0,
    [_sec],
    [64 | 0], 1
];
var ComponentConfiguration$ = [3, n0, _CCom,
    8,
    [_con],
    [15], 1
];
var ConfigurationBundleReference$ = [3, n0, _CBR,
    0,
    [_bAu, _bV],
    [0, 0], 2
];
var ConfigurationBundleSummary$ = [3, n0, _CBS,
    0,
    [_bAu, _bIu, _bN, _d, _cA],
    [0, 0, 0, [() => ConfigurationBundleDescription, 0], 4], 3
];
var ConfigurationBundleVersionSummary$ = [3, n0, _CBVS,
    0,
    [_bAu, _bIu, _vI, _vCA, _lM],
    [0, 0, 0, 4, () => VersionLineageMetadata$], 4
];
var ConnectorConfiguration$ = [3, n0, _CCon,
    0,
    [_n, _d, _pV, _pO],
    [0, 0, 15, () => ConnectorParameterOverrides], 1
];
var ConnectorParameterOverride$ = [3, n0, _CPO,
    0,
    [_p, _d, _v],
    [0, 0, 2], 1
];
var ConnectorSource$ = [3, n0, _CS,
    0,
    [_cIo, _ve],
    [0, 0], 1
];
var ConnectorTargetConfiguration$ = [3, n0, _CTC,
    0,
    [_so, _ena, _conf],
    [() => ConnectorSource$, 64 | 0, () => ConnectorConfigurations], 1
];
var ConsentPortalIdpConfig$ = [3, n0, _CPIC,
    0,
    [_cPA, _sc, _a],
    [0, 64 | 0, 0], 2
];
var ConsentPortalSource$ = [3, n0, _CPSo,
    0,
    [_id, _t],
    [0, 0], 2
];
var ConsentPortalSummary$ = [3, n0, _CPSon,
    0,
    [_sou, _cPAo, _cPIo, _cA, _n, _st, _uA, _d, _pU],
    [() => ConsentPortalSources, 0, 0, 4, 0, 0, 4, 0, 0], 7
];
var ContainerConfiguration$ = [3, n0, _CCont,
    0,
    [_cU],
    [0], 1
];
var ContentConfiguration$ = [3, n0, _CConte,
    0,
    [_t, _le],
    [0, 0], 1
];
var CreateAgentRuntimeEndpointRequest$ = [3, n0, _CARER,
    0,
    [_aRI, _n, _aRV, _d, _cT, _ta],
    [[0, 1], [() => EndpointName, 0], 0, 0, [0, 4], 128 | 0], 2
];
var CreateAgentRuntimeEndpointResponse$ = [3, n0, _CARERr,
    0,
    [_tV, _aREA, _aRA, _st, _cA, _aRI, _eN],
    [0, 0, 0, 0, 5, 0, [() => EndpointName, 0]], 5
];
var CreateAgentRuntimeRequest$ = [3, n0, _CARR,
    0,
    [_aRN, _aRAg, _rA, _nC, _cT, _d, _aCu, _rHC, _pC, _lC, _eV, _fC, _cPC, _ta, _pVl],
    [0, () => AgentRuntimeArtifact$, 0, () => NetworkConfiguration$, [0, 4], [() => Description, 0], () => AuthorizerConfiguration$, () => RequestHeaderConfiguration$, () => ProtocolConfiguration$, () => LifecycleConfiguration$, [() => EnvironmentVariablesMap, 0], () => FilesystemConfigurations, () => CapacityProviderConfiguration$, 128 | 0, 0], 3
];
var CreateAgentRuntimeResponse$ = [3, n0, _CARRr,
    0,
    [_aRA, _aRI, _aRV, _cA, _st, _wID],
    [0, 0, 0, 5, 0, () => WorkloadIdentityDetails$], 5
];
var CreateApiKeyCredentialProviderRequest$ = [3, n0, _CAKCPR,
    0,
    [_n, _aK, _aKSC, _aKSS, _ta],
    [0, [() => DefaultApiKeyType, 0], () => SecretReference$, 0, 128 | 0], 1
];
var CreateApiKeyCredentialProviderResponse$ = [3, n0, _CAKCPRr,
    0,
    [_aKSA, _n, _cPA, _aKSJK, _aKSS],
    [() => Secret$, 0, 0, 0, 0], 3
];
var CreateBrowserProfileRequest$ = [3, n0, _CBPR,
    0,
    [_n, _d, _cT, _ta],
    [0, [() => Description, 0], [0, 4], 128 | 0], 1
];
var CreateBrowserProfileResponse$ = [3, n0, _CBPRr,
    0,
    [_pI, _pA, _cA, _st],
    [0, 0, 5, 0], 4
];
var CreateBrowserRequest$ = [3, n0, _CBRr,
    0,
    [_n, _nC, _d, _eRA, _re, _bS, _ePn, _ce, _fC, _cT, _ta],
    [0, () => BrowserNetworkConfiguration$, [() => Description, 0], 0, () => RecordingConfig$, () => BrowserSigningConfigInput$, () => BrowserEnterprisePolicies, () => Certificates, () => ToolsFileSystemConfigurations, [0, 4], 128 | 0], 2
];
var CreateBrowserResponse$ = [3, n0, _CBRre,
    0,
    [_bI, _bA, _cA, _st],
    [0, 0, 5, 0], 4
];
var CreateCapacityProviderInput$ = [3, n0, _CCPI,
    0,
    [_n, _pCe, _cC, _d, _cT, _ta],
    [0, () => PermissionsConfiguration$, () => ComputeConfiguration$, [() => Description, 0], [0, 4], 128 | 0], 3
];
var CreateCapacityProviderOutput$ = [3, n0, _CCPO,
    0,
    [_cPI, _cPAa, _n, _st],
    [0, 0, 0, 0], 4
];
var CreateCodeInterpreterRequest$ = [3, n0, _CCIR,
    0,
    [_n, _nC, _d, _eRA, _ce, _fC, _cT, _ta],
    [0, () => CodeInterpreterNetworkConfiguration$, [() => Description, 0], 0, () => Certificates, () => ToolsFileSystemConfigurations, [0, 4], 128 | 0], 2
];
var CreateCodeInterpreterResponse$ = [3, n0, _CCIRr,
    0,
    [_cII, _cIA, _cA, _st],
    [0, 0, 5, 0], 4
];
var CreateConfigurationBundleRequest$ = [3, n0, _CCBR,
    0,
    [_bN, _com, _cT, _d, _bNr, _cM, _cB, _kKA, _ta],
    [0, [() => ComponentConfigurationMap, 0], [0, 4], [() => ConfigurationBundleDescription, 0], 0, 0, () => VersionCreatedBySource$, 0, 128 | 0], 2
];
var CreateConfigurationBundleResponse$ = [3, n0, _CCBRr,
    0,
    [_bAu, _bIu, _vI, _cA],
    [0, 0, 0, 4], 4
];
var CreateConsentPortalRequest$ = [3, n0, _CCPR,
    0,
    [_eRA, _iCd, _n, _sou, _d, _ta],
    [0, () => ConsentPortalIdpConfig$, 0, () => ConsentPortalSources, 0, 128 | 0], 4
];
var CreateConsentPortalResponse$ = [3, n0, _CCPRr,
    0,
    [_sou, _cPAo, _cPIo, _cA, _eRA, _iCd, _n, _st, _uA, _d, _pU, _sR],
    [() => ConsentPortalSources, 0, 0, 4, 0, () => ConsentPortalIdpConfig$, 0, 0, 4, 0, 0, 0], 9
];
var CreateDatasetRequest$ = [3, n0, _CDR,
    0,
    [_dN, _so, _sT, _cT, _d, _kKA, _ta],
    [0, [() => DataSourceType$, 0], 0, [0, 4], 0, 0, 128 | 0], 3
];
var CreateDatasetResponse$ = [3, n0, _CDRr,
    0,
    [_dA, _dI, _st, _cA],
    [0, 0, 0, 4], 4
];
var CreateDatasetVersionRequest$ = [3, n0, _CDVR,
    0,
    [_dI, _cT],
    [[0, 1], [0, 4]], 1
];
var CreateDatasetVersionResponse$ = [3, n0, _CDVRr,
    0,
    [_dA, _dI, _st, _dV, _cA],
    [0, 0, 0, 0, 4], 5
];
var CreateEvaluatorRequest$ = [3, n0, _CER,
    0,
    [_eNv, _eC, _le, _cT, _d, _kKA, _ta],
    [0, [() => EvaluatorConfig$, 0], 0, [0, 4], [() => EvaluatorDescription, 0], 0, 128 | 0], 3
];
var CreateEvaluatorResponse$ = [3, n0, _CERr,
    0,
    [_eA, _eIv, _cA, _st],
    [0, 0, 4, 0], 4
];
var CreateGatewayRateLimitRequest$ = [3, n0, _CGRLR,
    0,
    [_gI, _dK, _en, _cT, _rLI, _d],
    [[0, 1], 64 | 0, () => LimitEntries, [0, 4], 0, 0], 3
];
var CreateGatewayRateLimitResponse$ = [3, n0, _CGRLRr,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var CreateGatewayRequest$ = [3, n0, _CGR,
    0,
    [_n, _rA, _aT, _d, _cT, _pT, _pC, _aCu, _kKA, _iCnt, _pEC, _eL, _ta],
    [0, 0, 0, [() => GatewayDescription, 0], [0, 4], 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, 0, 128 | 0], 3
];
var CreateGatewayResponse$ = [3, n0, _CGRr,
    0,
    [_gA, _gIa, _cA, _uA, _st, _n, _aT, _gU, _sRt, _d, _rA, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _wID, _eL, _wAA, _wC],
    [0, 0, 5, 5, 0, 0, 0, 0, 64 | 0, [() => GatewayDescription, 0], 0, 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, () => WorkloadIdentityDetails$, 0, 0, () => WafConfiguration$], 7
];
var CreateGatewayRuleRequest$ = [3, n0, _CGRR,
    0,
    [_gI, _pr, _ac, _cT, _cond, _d],
    [[0, 1], 1, [() => Actions, 0], [0, 4], () => Conditions, 0], 3
];
var CreateGatewayRuleResponse$ = [3, n0, _CGRRr,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$], 6
];
var CreateGatewayTargetRequest$ = [3, n0, _CGTR,
    0,
    [_gI, _tC, _n, _d, _cT, _cPCr, _mC, _pE],
    [[0, 1], [() => TargetConfiguration$, 0], [() => TargetName, 0], [() => TargetDescription, 0], [0, 4], [() => CredentialProviderConfigurations, 0], () => MetadataConfiguration$, () => PrivateEndpoint$], 2
];
var CreateGatewayTargetResponse$ = [3, n0, _CGTRr,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var CreateHarnessEndpointRequest$ = [3, n0, _CHER,
    0,
    [_hI, _eN, _tV, _d, _cT, _ta],
    [[0, 1], 0, 0, 0, [0, 4], 128 | 0], 2
];
var CreateHarnessEndpointResponse$ = [3, n0, _CHERr,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var CreateHarnessRequest$ = [3, n0, _CHR,
    0,
    [_hN, _eRA, _cT, _env, _eAn, _eV, _aCu, _mo, _sP, _to, _sk, _aTl, _mem, _tr, _h, _mIa, _mT, _tS, _ta],
    [0, 0, [0, 4], () => HarnessEnvironmentProviderRequest$, () => HarnessEnvironmentArtifact$, [() => EnvironmentVariablesMap, 0], () => AuthorizerConfiguration$, [() => HarnessModelConfiguration$, 0], [() => HarnessSystemPrompt, 0], [() => HarnessTools, 0], () => HarnessSkills, 64 | 0, () => HarnessMemoryConfiguration$, () => HarnessTruncationConfiguration$, () => HarnessHooks, 1, 1, 1, 128 | 0], 2
];
var CreateHarnessResponse$ = [3, n0, _CHRr,
    0,
    [_ha],
    [[() => Harness$, 0]], 1
];
var CreateMemoryInput$ = [3, n0, _CMI,
    0,
    [_n, _eED, _cT, _d, _eKA, _mERA, _mS, _iK, _nK, _sDR, _ta],
    [0, 1, [0, 4], [() => Description, 0], 0, 0, [() => MemoryStrategyInputList, 0], () => IndexedKeysList, () => NamespaceKeysList, () => StreamDeliveryResources$, 128 | 0], 2
];
var CreateMemoryOutput$ = [3, n0, _CMO,
    0,
    [_mem],
    [[() => Memory$, 0]]
];
var CreateOauth2CredentialProviderRequest$ = [3, n0, _COCPR,
    0,
    [_n, _cPV, _oPCI, _ta],
    [0, 0, [() => Oauth2ProviderConfigInput$, 0], 128 | 0], 3
];
var CreateOauth2CredentialProviderResponse$ = [3, n0, _COCPRr,
    0,
    [_cSA, _n, _cPA, _cSJK, _cSS, _cUa, _oPCO, _st],
    [() => Secret$, 0, 0, 0, 0, 0, [() => Oauth2ProviderConfigOutput$, 0], 0], 3
];
var CreateOnlineEvaluationConfigRequest$ = [3, n0, _COECR,
    0,
    [_oECN, _rul, _dSC, _eERA, _eOC, _cT, _d, _ev, _in, _cCl, _oC, _ta],
    [0, () => Rule$, () => DataSourceConfig$, 0, 2, [0, 4], [() => EvaluationConfigDescription, 0], () => EvaluatorList, () => InsightList, () => ClusteringConfig$, () => OutputConfig$, 128 | 0], 5
];
var CreateOnlineEvaluationConfigResponse$ = [3, n0, _COECRr,
    0,
    [_oECA, _oECI, _cA, _st, _eS, _oC, _fR],
    [0, 0, 4, 0, 0, () => OutputConfig$, 0], 5
];
var CreatePaymentConnectorRequest$ = [3, n0, _CPCR,
    0,
    [_pMI, _n, _t, _cPCr, _d, _pM, _cT],
    [[0, 1], 0, 0, () => CredentialsProviderConfigurations, 0, 0, [0, 4]], 4
];
var CreatePaymentConnectorResponse$ = [3, n0, _CPCRr,
    0,
    [_pCI, _pMI, _n, _t, _cPCr, _cA, _st, _aU],
    [0, 0, 0, 0, () => CredentialsProviderConfigurations, 5, 0, 0], 7
];
var CreatePaymentCredentialProviderRequest$ = [3, n0, _CPCPR,
    0,
    [_n, _cPV, _pCIr, _ta],
    [0, 0, [() => PaymentProviderConfigurationInput$, 0], 128 | 0], 3
];
var CreatePaymentCredentialProviderResponse$ = [3, n0, _CPCPRr,
    0,
    [_n, _cPV, _cPA, _pCO],
    [0, 0, 0, () => PaymentProviderConfigurationOutput$], 4
];
var CreatePaymentManagerRequest$ = [3, n0, _CPMR,
    0,
    [_n, _aT, _rA, _d, _aCu, _cT, _ta, _kKA],
    [0, 0, 0, 0, () => AuthorizerConfiguration$, [0, 4], 128 | 0, 0], 3
];
var CreatePaymentManagerResponse$ = [3, n0, _CPMRr,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _cA, _st, _aCu, _wID, _ta, _kKA],
    [0, 0, 0, 0, 0, 5, 0, () => AuthorizerConfiguration$, () => WorkloadIdentityDetails$, 128 | 0, 0], 7
];
var CreatePolicyEngineRequest$ = [3, n0, _CPER,
    0,
    [_n, _d, _cT, _eKA, _ta],
    [0, [() => Description, 0], [0, 4], 0, 128 | 0], 1
];
var CreatePolicyEngineResponse$ = [3, n0, _CPERr,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var CreatePolicyRequest$ = [3, n0, _CPR,
    0,
    [_n, _de, _pEI, _d, _vM, _eM, _cT],
    [0, () => PolicyDefinition$, [0, 1], [() => Description, 0], 0, 0, [0, 4]], 3
];
var CreatePolicyResponse$ = [3, n0, _CPRr,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var CreateRegistryRecordRequest$ = [3, n0, _CRRR,
    0,
    [_rIe, _n, _dT, _d, _des, _rV, _sTy, _sC, _cT],
    [[0, 1], 0, 0, [() => Description, 0], () => Descriptors$, 0, 0, () => SynchronizationConfiguration$, [0, 4]], 3
];
var CreateRegistryRecordResponse$ = [3, n0, _CRRRr,
    0,
    [_rAe, _st],
    [0, 0], 2
];
var CreateRegistryRequest$ = [3, n0, _CRR,
    0,
    [_n, _d, _aT, _aCu, _cT, _aCp],
    [0, [() => Description, 0], 0, () => AuthorizerConfiguration$, [0, 4], () => ApprovalConfiguration$], 1
];
var CreateRegistryResponse$ = [3, n0, _CRRr,
    0,
    [_rAeg],
    [0], 1
];
var CreateWorkloadIdentityRequest$ = [3, n0, _CWIR,
    0,
    [_n, _aRORU, _ta],
    [0, 64 | 0, 128 | 0], 1
];
var CreateWorkloadIdentityResponse$ = [3, n0, _CWIRr,
    0,
    [_n, _wIA, _aRORU],
    [0, 0, 64 | 0], 2
];
var CredentialProviderConfiguration$ = [3, n0, _CPCr,
    0,
    [_cPT, _cP],
    [0, [() => CredentialProvider$, 0]], 1
];
var CustomClaimValidationType$ = [3, n0, _CCVT,
    0,
    [_iTCN, _iTCVT, _aCMV],
    [0, 0, () => AuthorizingClaimMatchValueType$], 3
];
var CustomDescriptor$ = [3, n0, _CD,
    0,
    [_iC],
    [0]
];
var CustomJWTAuthorizerConfiguration$ = [3, n0, _CJWTAC,
    0,
    [_dU, _aAl, _aCl, _aS, _aSM, _cCu, _pE, _pEO, _aWC],
    [0, 64 | 0, 64 | 0, 64 | 0, 128 | 0, () => CustomClaimValidationsType, () => PrivateEndpoint$, () => PrivateEndpointOverrides, () => AllowedWorkloadConfiguration$], 1
];
var CustomMemoryStrategyInput$ = [3, n0, _CMSI,
    0,
    [_n, _d, _na, _nT, _con, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => CustomConfigurationInput$, 0], [() => MemoryRecordSchema$, 0]], 1
];
var CustomOauth2ProviderConfigInput$ = [3, n0, _COPCI,
    0,
    [_oD, _cI, _cS, _cSC, _cSS, _oBOTEC, _cAM, _pKJC, _pE, _pEO],
    [() => Oauth2Discovery$, 0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0, () => OnBehalfOfTokenExchangeConfigType$, 0, [() => PrivateKeyJwtConfig$, 0], () => PrivateEndpoint$, () => PrivateEndpointOverrides], 1
];
var CustomOauth2ProviderConfigOutput$ = [3, n0, _COPCO,
    0,
    [_oD, _cI, _oBOTEC, _cAM, _pE, _pEO, _pKJC],
    [() => Oauth2Discovery$, 0, () => OnBehalfOfTokenExchangeConfigType$, 0, () => PrivateEndpoint$, () => PrivateEndpointOverrides, [() => PrivateKeyJwtConfig$, 0]], 1
];
var CustomTransformConfiguration$ = [3, n0, _CTCu,
    0,
    [_lam],
    [() => LambdaTransformConfiguration$]
];
var DatasetSummary$ = [3, n0, _DS,
    0,
    [_dA, _dI, _dN, _st, _sT, _eCx, _cA, _uA, _d, _dS],
    [0, 0, 0, 0, 0, 1, 4, 4, 0, 0], 8
];
var DatasetVersionSummary$ = [3, n0, _DVS,
    0,
    [_dV, _eCx, _cA],
    [0, 1, 4], 3
];
var DeleteAgentRuntimeEndpointRequest$ = [3, n0, _DARER,
    0,
    [_aRI, _eN, _cT],
    [[0, 1], [() => EndpointName, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DeleteAgentRuntimeEndpointResponse$ = [3, n0, _DARERe,
    0,
    [_st, _aRI, _eN],
    [0, 0, [() => EndpointName, 0]], 1
];
var DeleteAgentRuntimeRequest$ = [3, n0, _DARR,
    0,
    [_aRI, _aRV, _cT],
    [[0, 1], [0, { [_hQ]: _ve }], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteAgentRuntimeResponse$ = [3, n0, _DARRe,
    0,
    [_st, _aRI, _aRV],
    [0, 0, 0], 1
];
var DeleteApiKeyCredentialProviderRequest$ = [3, n0, _DAKCPR,
    0,
    [_n],
    [0], 1
];
var DeleteApiKeyCredentialProviderResponse$ = [3, n0, _DAKCPRe,
    0,
    [],
    []
];
var DeleteBrowserProfileRequest$ = [3, n0, _DBPR,
    0,
    [_pI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteBrowserProfileResponse$ = [3, n0, _DBPRe,
    0,
    [_pI, _pA, _st, _lUA, _lSA],
    [0, 0, 0, 5, 5], 4
];
var DeleteBrowserRequest$ = [3, n0, _DBR,
    0,
    [_bI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteBrowserResponse$ = [3, n0, _DBRe,
    0,
    [_bI, _st, _lUA],
    [0, 0, 5], 3
];
var DeleteCapacityProviderInput$ = [3, n0, _DCPI,
    0,
    [_cPI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteCapacityProviderOutput$ = [3, n0, _DCPO,
    0,
    [_cPI, _st],
    [0, 0], 2
];
var DeleteCodeInterpreterRequest$ = [3, n0, _DCIR,
    0,
    [_cII, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteCodeInterpreterResponse$ = [3, n0, _DCIRe,
    0,
    [_cII, _st, _lUA],
    [0, 0, 5], 3
];
var DeleteConfigurationBundleRequest$ = [3, n0, _DCBR,
    0,
    [_bIu],
    [[0, 1]], 1
];
var DeleteConfigurationBundleResponse$ = [3, n0, _DCBRe,
    0,
    [_bIu, _st],
    [0, 0], 2
];
var DeleteConsentPortalRequest$ = [3, n0, _DCPR,
    0,
    [_cPIon],
    [0], 1
];
var DeleteConsentPortalResponse$ = [3, n0, _DCPRe,
    0,
    [],
    []
];
var DeleteDatasetExamplesRequest$ = [3, n0, _DDER,
    0,
    [_dI, _eI, _cT],
    [[0, 1], 64 | 0, [0, 4]], 2
];
var DeleteDatasetExamplesResponse$ = [3, n0, _DDERe,
    0,
    [_dA, _dI, _st, _dC, _uA],
    [0, 0, 0, 1, 4], 5
];
var DeleteDatasetRequest$ = [3, n0, _DDR,
    0,
    [_dI, _dV],
    [[0, 1], [0, { [_hQ]: _dV }]], 1
];
var DeleteDatasetResponse$ = [3, n0, _DDRe,
    0,
    [_dA, _dI, _st, _dV, _uA],
    [0, 0, 0, 0, 4], 5
];
var DeleteEvaluatorRequest$ = [3, n0, _DER,
    0,
    [_eIv],
    [[0, 1]], 1
];
var DeleteEvaluatorResponse$ = [3, n0, _DERe,
    0,
    [_eA, _eIv, _st],
    [0, 0, 0], 3
];
var DeleteGatewayRateLimitRequest$ = [3, n0, _DGRLR,
    0,
    [_gI, _rLI],
    [[0, 1], [0, 1]], 2
];
var DeleteGatewayRateLimitResponse$ = [3, n0, _DGRLRe,
    0,
    [_rLI, _st],
    [0, 0], 2
];
var DeleteGatewayRequest$ = [3, n0, _DGR,
    0,
    [_gI],
    [[0, 1]], 1
];
var DeleteGatewayResponse$ = [3, n0, _DGRe,
    0,
    [_gIa, _st, _sRt],
    [0, 0, 64 | 0], 2
];
var DeleteGatewayRuleRequest$ = [3, n0, _DGRR,
    0,
    [_gI, _rI],
    [[0, 1], [0, 1]], 2
];
var DeleteGatewayRuleResponse$ = [3, n0, _DGRRe,
    0,
    [_rI, _st],
    [0, 0], 2
];
var DeleteGatewayTargetRequest$ = [3, n0, _DGTR,
    0,
    [_gI, _tI],
    [[0, 1], [0, 1]], 2
];
var DeleteGatewayTargetResponse$ = [3, n0, _DGTRe,
    0,
    [_gA, _tI, _st, _sRt],
    [0, 0, 0, 64 | 0], 3
];
var DeleteHarnessEndpointRequest$ = [3, n0, _DHER,
    0,
    [_hI, _eN, _cT],
    [[0, 1], [0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DeleteHarnessEndpointResponse$ = [3, n0, _DHERe,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var DeleteHarnessRequest$ = [3, n0, _DHR,
    0,
    [_hI, _cT, _dMM],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }], [2, { [_hQ]: _dMM }]], 1
];
var DeleteHarnessResponse$ = [3, n0, _DHRe,
    0,
    [_ha],
    [[() => Harness$, 0]]
];
var DeleteMemoryInput$ = [3, n0, _DMI,
    0,
    [_mIe, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteMemoryOutput$ = [3, n0, _DMO,
    0,
    [_mIe, _st],
    [0, 0], 1
];
var DeleteMemoryStrategyInput$ = [3, n0, _DMSI,
    0,
    [_mSI],
    [0], 1
];
var DeleteOauth2CredentialProviderRequest$ = [3, n0, _DOCPR,
    0,
    [_n],
    [0], 1
];
var DeleteOauth2CredentialProviderResponse$ = [3, n0, _DOCPRe,
    0,
    [],
    []
];
var DeleteOnlineEvaluationConfigRequest$ = [3, n0, _DOECR,
    0,
    [_oECI],
    [[0, 1]], 1
];
var DeleteOnlineEvaluationConfigResponse$ = [3, n0, _DOECRe,
    0,
    [_oECA, _oECI, _st],
    [0, 0, 0], 3
];
var DeletePaymentConnectorRequest$ = [3, n0, _DPCR,
    0,
    [_pMI, _pCI, _cT],
    [[0, 1], [0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DeletePaymentConnectorResponse$ = [3, n0, _DPCRe,
    0,
    [_st, _pCI],
    [0, 0], 1
];
var DeletePaymentCredentialProviderRequest$ = [3, n0, _DPCPR,
    0,
    [_n],
    [0], 1
];
var DeletePaymentCredentialProviderResponse$ = [3, n0, _DPCPRe,
    0,
    [],
    []
];
var DeletePaymentManagerRequest$ = [3, n0, _DPMR,
    0,
    [_pMI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeletePaymentManagerResponse$ = [3, n0, _DPMRe,
    0,
    [_st, _pMI],
    [0, 0], 1
];
var DeletePolicyEngineRequest$ = [3, n0, _DPER,
    0,
    [_pEI],
    [[0, 1]], 1
];
var DeletePolicyEngineResponse$ = [3, n0, _DPERe,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var DeletePolicyRequest$ = [3, n0, _DPR,
    0,
    [_pEI, _pIo],
    [[0, 1], [0, 1]], 2
];
var DeletePolicyResponse$ = [3, n0, _DPRe,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var DeleteRegistryRecordRequest$ = [3, n0, _DRRR,
    0,
    [_rIe, _rIec],
    [[0, 1], [0, 1]], 2
];
var DeleteRegistryRecordResponse$ = [3, n0, _DRRRe,
    0,
    [],
    []
];
var DeleteRegistryRequest$ = [3, n0, _DRR,
    0,
    [_rIe],
    [[0, 1]], 1
];
var DeleteRegistryResponse$ = [3, n0, _DRRe,
    0,
    [_st],
    [0], 1
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_rAes],
    [[0, 1]], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DeleteWorkloadIdentityRequest$ = [3, n0, _DWIR,
    0,
    [_n],
    [0], 1
];
var DeleteWorkloadIdentityResponse$ = [3, n0, _DWIRe,
    0,
    [],
    []
];
var DerivedEvaluatorConfig$ = [3, n0, _DEC,
    0,
    [_bEI, _mCo],
    [0, () => EvaluatorModelConfig$], 2
];
var Descriptors$ = [3, n0, _Des,
    0,
    [_mc, _aa, _cu, _aSg],
    [() => McpDescriptor$, () => A2aDescriptor$, () => CustomDescriptor$, () => AgentSkillsDescriptor$]
];
var EbsVolumeConfiguration$ = [3, n0, _EVC,
    0,
    [_n, _sGB, _vT, _io, _th, _enc, _kKI, _sI],
    [0, 1, 0, 1, 1, 2, 0, 0], 2
];
var Ec2Configuration$ = [3, n0, _EC,
    0,
    [_lTS, _vCp, _vo, _lC, _rVo],
    [() => LaunchTemplateSource$, () => VpcConfiguration$, () => VolumeConfigurationList, () => InstanceLifecycleConfiguration$, () => RootVolumeConfiguration$], 2
];
var EfsAccessPointConfiguration$ = [3, n0, _EAPC,
    0,
    [_aPA, _mP],
    [0, 0], 2
];
var EfsConfiguration$ = [3, n0, _ECf,
    0,
    [_aPA, _mP, _fSA],
    [0, 0, 0], 3
];
var EphemeralBlockDeviceMapping$ = [3, n0, _EBDM,
    0,
    [_dNe, _vNi, _eb],
    [0, 0, () => EphemeralEBSVolumeConfiguration$]
];
var EphemeralEBSVolumeConfiguration$ = [3, n0, _EEBSVC,
    0,
    [_vT, _io, _th, _enc, _kKI, _sI, _vS, _vIR, _eCI],
    [0, 1, 1, 2, 0, 0, 1, 1, 1]
];
var EpisodicConsolidationOverride$ = [3, n0, _ECO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicExtractionOverride$ = [3, n0, _EEO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicMemoryStrategyInput$ = [3, n0, _EMSI,
    0,
    [_n, _d, _na, _nT, _rC, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => EpisodicReflectionConfigurationInput$, 0], [() => MemoryRecordSchema$, 0]], 1
];
var EpisodicOverrideConfigurationInput$ = [3, n0, _EOCI,
    0,
    [_ex, _cons, _ref],
    [[() => EpisodicOverrideExtractionConfigurationInput$, 0], [() => EpisodicOverrideConsolidationConfigurationInput$, 0], [() => EpisodicOverrideReflectionConfigurationInput$, 0]]
];
var EpisodicOverrideConsolidationConfigurationInput$ = [3, n0, _EOCCI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicOverrideExtractionConfigurationInput$ = [3, n0, _EOECI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicOverrideReflectionConfigurationInput$ = [3, n0, _EORCI,
    0,
    [_aTP, _mI, _na, _nT, _mRS],
    [[() => Prompt, 0], 0, 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 2
];
var EpisodicReflectionConfiguration$ = [3, n0, _ERC,
    0,
    [_na, _nT, _mRS],
    [64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]]
];
var EpisodicReflectionConfigurationInput$ = [3, n0, _ERCI,
    0,
    [_na, _nT, _mRS],
    [64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]]
];
var EpisodicReflectionOverride$ = [3, n0, _ERO,
    0,
    [_aTP, _mI, _na, _nT, _mRS],
    [[() => Prompt, 0], 0, 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 2
];
var EvaluatorSummary$ = [3, n0, _ES,
    0,
    [_eA, _eIv, _eNv, _eT, _st, _cA, _uA, _d, _pro, _le, _lFM, _kKA],
    [0, 0, 0, 0, 0, 4, 4, [() => EvaluatorDescription, 0], 0, 0, 2, 0], 7
];
var Filter$ = [3, n0, _F,
    0,
    [_k, _o, _va],
    [0, 0, () => FilterValue$], 3
];
var Finding$ = [3, n0, _Fi,
    0,
    [_t, _d],
    [0, 0]
];
var FromUrlSynchronizationConfiguration$ = [3, n0, _FUSC,
    0,
    [_u, _cPCr],
    [0, () => RegistryRecordCredentialProviderConfigurationList], 1
];
var GatewayApiKeyCredentialProvider$ = [3, n0, _GAKCP,
    0,
    [_pAr, _cPN, _cPr, _cL],
    [0, 0, 0, 0], 1
];
var GatewayInterceptorConfiguration$ = [3, n0, _GIC,
    0,
    [_int, _iP, _iCnp],
    [() => InterceptorConfiguration$, 64 | 0, () => InterceptorInputConfiguration$], 2
];
var GatewayPolicyEngineConfiguration$ = [3, n0, _GPEC,
    0,
    [_ar, _mod],
    [0, 0], 2
];
var GatewayRateLimitDetail$ = [3, n0, _GRLD,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var GatewayRuleDetail$ = [3, n0, _GRD,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy, _uA],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$, 5], 6
];
var GatewaySummary$ = [3, n0, _GS,
    0,
    [_gIa, _n, _st, _cA, _uA, _aT, _d, _pT],
    [0, 0, 0, 5, 5, 0, [() => GatewayDescription, 0], 0], 6
];
var GatewayTarget$ = [3, n0, _GT,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var GetAgentRuntimeEndpointRequest$ = [3, n0, _GARER,
    0,
    [_aRI, _eN],
    [[0, 1], [() => EndpointName, 1]], 2
];
var GetAgentRuntimeEndpointResponse$ = [3, n0, _GARERe,
    0,
    [_aREA, _aRA, _st, _cA, _lUA, _n, _i, _lV, _tV, _d, _fR],
    [0, 0, 0, 5, 5, [() => EndpointName, 0], 0, 0, 0, 0, 0], 7
];
var GetAgentRuntimeRequest$ = [3, n0, _GARR,
    0,
    [_aRI, _aRV],
    [[0, 1], [0, { [_hQ]: _ve }]], 1
];
var GetAgentRuntimeResponse$ = [3, n0, _GARRe,
    0,
    [_aRA, _aRN, _aRI, _aRV, _cA, _lUA, _rA, _st, _lC, _nC, _fR, _d, _wID, _aRAg, _pC, _eV, _aCu, _rHC, _mC, _fC, _cPC, _pVl],
    [0, 0, 0, 0, 5, 5, 0, 0, () => LifecycleConfiguration$, () => NetworkConfiguration$, 0, [() => Description, 0], () => WorkloadIdentityDetails$, () => AgentRuntimeArtifact$, () => ProtocolConfiguration$, [() => EnvironmentVariablesMap, 0], () => AuthorizerConfiguration$, () => RequestHeaderConfiguration$, () => RuntimeMetadataConfiguration$, () => FilesystemConfigurations, () => CapacityProviderConfiguration$, 0], 9
];
var GetApiKeyCredentialProviderRequest$ = [3, n0, _GAKCPR,
    0,
    [_n],
    [0], 1
];
var GetApiKeyCredentialProviderResponse$ = [3, n0, _GAKCPRe,
    0,
    [_aKSA, _n, _cPA, _cTr, _lUT, _aKSJK, _aKSS],
    [() => Secret$, 0, 0, 4, 4, 0, 0], 5
];
var GetBrowserProfileRequest$ = [3, n0, _GBPR,
    0,
    [_pI],
    [[0, 1]], 1
];
var GetBrowserProfileResponse$ = [3, n0, _GBPRe,
    0,
    [_pI, _pA, _n, _st, _cA, _lUA, _d, _lSA, _lSBSI, _lSBI],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 5, 0, 0], 6
];
var GetBrowserRequest$ = [3, n0, _GBR,
    0,
    [_bI],
    [[0, 1]], 1
];
var GetBrowserResponse$ = [3, n0, _GBRe,
    0,
    [_bI, _bA, _n, _nC, _st, _cA, _lUA, _d, _eRA, _re, _bS, _ePn, _ce, _fC, _fR],
    [0, 0, 0, () => BrowserNetworkConfiguration$, 0, 5, 5, [() => Description, 0], 0, () => RecordingConfig$, () => BrowserSigningConfigOutput$, () => BrowserEnterprisePolicies, () => Certificates, () => ToolsFileSystemConfigurations, 0], 7
];
var GetCapacityProviderInput$ = [3, n0, _GCPI,
    0,
    [_cPI],
    [[0, 1]], 1
];
var GetCapacityProviderOutput$ = [3, n0, _GCPO,
    0,
    [_cPI, _cPAa, _n, _st, _pCe, _cC, _cA, _lUA, _d, _sCt, _sR],
    [0, 0, 0, 0, () => PermissionsConfiguration$, () => ComputeConfiguration$, 5, 5, [() => Description, 0], 0, 0], 8
];
var GetCodeInterpreterRequest$ = [3, n0, _GCIR,
    0,
    [_cII],
    [[0, 1]], 1
];
var GetCodeInterpreterResponse$ = [3, n0, _GCIRe,
    0,
    [_cII, _cIA, _n, _nC, _st, _cA, _lUA, _d, _eRA, _ce, _fC, _fR],
    [0, 0, 0, () => CodeInterpreterNetworkConfiguration$, 0, 5, 5, [() => Description, 0], 0, () => Certificates, () => ToolsFileSystemConfigurations, 0], 7
];
var GetConfigurationBundleRequest$ = [3, n0, _GCBR,
    0,
    [_bIu, _bNr],
    [[0, 1], [0, { [_hQ]: _bNr }]], 1
];
var GetConfigurationBundleResponse$ = [3, n0, _GCBRe,
    0,
    [_bAu, _bIu, _bN, _vI, _com, _cA, _uA, _d, _lM, _kKA],
    [0, 0, 0, 0, [() => ComponentConfigurationMap, 0], 4, 4, [() => ConfigurationBundleDescription, 0], () => VersionLineageMetadata$, 0], 7
];
var GetConfigurationBundleVersionRequest$ = [3, n0, _GCBVR,
    0,
    [_bIu, _vI],
    [[0, 1], [0, 1]], 2
];
var GetConfigurationBundleVersionResponse$ = [3, n0, _GCBVRe,
    0,
    [_bAu, _bIu, _bN, _vI, _com, _cA, _vCA, _d, _lM, _kKA],
    [0, 0, 0, 0, [() => ComponentConfigurationMap, 0], 4, 4, [() => ConfigurationBundleDescription, 0], () => VersionLineageMetadata$, 0], 7
];
var GetConsentPortalRequest$ = [3, n0, _GCPR,
    0,
    [_cPIon],
    [0], 1
];
var GetConsentPortalResponse$ = [3, n0, _GCPRe,
    0,
    [_sou, _cPAo, _cPIo, _cA, _eRA, _iCd, _n, _st, _uA, _d, _pU, _sR],
    [() => ConsentPortalSources, 0, 0, 4, 0, () => ConsentPortalIdpConfig$, 0, 0, 4, 0, 0, 0], 9
];
var GetDatasetRequest$ = [3, n0, _GDR,
    0,
    [_dI, _dV],
    [[0, 1], [0, { [_hQ]: _dV }]], 1
];
var GetDatasetResponse$ = [3, n0, _GDRe,
    0,
    [_dA, _dI, _dV, _dN, _st, _sT, _eCx, _cA, _uA, _d, _dS, _fR, _kKA, _dUo, _dUEA, _ta],
    [0, 0, 0, 0, 0, 0, 1, 4, 4, 0, 0, 0, 0, [() => DownloadUrl, 0], 4, 128 | 0], 9
];
var GetEvaluatorRequest$ = [3, n0, _GER,
    0,
    [_eIv, _iD],
    [[0, 1], [0, { [_hQ]: _iD }]], 1
];
var GetEvaluatorResponse$ = [3, n0, _GERe,
    0,
    [_eA, _eIv, _eNv, _eC, _le, _st, _cA, _uA, _d, _eT, _pro, _lFM, _kKA],
    [0, 0, 0, [() => EvaluatorConfig$, 0], 0, 0, 4, 4, [() => EvaluatorDescription, 0], 0, 0, 2, 0], 8
];
var GetGatewayRateLimitRequest$ = [3, n0, _GGRLR,
    0,
    [_gI, _rLI],
    [[0, 1], [0, 1]], 2
];
var GetGatewayRateLimitResponse$ = [3, n0, _GGRLRe,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var GetGatewayRequest$ = [3, n0, _GGR,
    0,
    [_gI],
    [[0, 1]], 1
];
var GetGatewayResponse$ = [3, n0, _GGRe,
    0,
    [_gA, _gIa, _cA, _uA, _st, _n, _aT, _gU, _sRt, _d, _rA, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _wID, _eL, _wAA, _wC],
    [0, 0, 5, 5, 0, 0, 0, 0, 64 | 0, [() => GatewayDescription, 0], 0, 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, () => WorkloadIdentityDetails$, 0, 0, () => WafConfiguration$], 7
];
var GetGatewayRuleRequest$ = [3, n0, _GGRR,
    0,
    [_gI, _rI],
    [[0, 1], [0, 1]], 2
];
var GetGatewayRuleResponse$ = [3, n0, _GGRRe,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy, _uA],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$, 5], 6
];
var GetGatewayTargetRequest$ = [3, n0, _GGTR,
    0,
    [_gI, _tI],
    [[0, 1], [0, 1]], 2
];
var GetGatewayTargetResponse$ = [3, n0, _GGTRe,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var GetHarnessEndpointRequest$ = [3, n0, _GHER,
    0,
    [_hI, _eN],
    [[0, 1], [0, 1]], 2
];
var GetHarnessEndpointResponse$ = [3, n0, _GHERe,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var GetHarnessRequest$ = [3, n0, _GHR,
    0,
    [_hI, _hV],
    [[0, 1], [0, { [_hQ]: _hV }]], 1
];
var GetHarnessResponse$ = [3, n0, _GHRe,
    0,
    [_ha],
    [[() => Harness$, 0]], 1
];
var GetMemoryInput$ = [3, n0, _GMI,
    0,
    [_mIe, _vi],
    [[0, 1], [0, { [_hQ]: _vi }]], 1
];
var GetMemoryOutput$ = [3, n0, _GMO,
    0,
    [_mem],
    [[() => Memory$, 0]], 1
];
var GetOauth2CredentialProviderRequest$ = [3, n0, _GOCPR,
    0,
    [_n],
    [0], 1
];
var GetOauth2CredentialProviderResponse$ = [3, n0, _GOCPRe,
    0,
    [_cSA, _n, _cPA, _cPV, _oPCO, _cTr, _lUT, _cSJK, _cSS, _cUa, _st, _fR],
    [() => Secret$, 0, 0, 0, [() => Oauth2ProviderConfigOutput$, 0], 4, 4, 0, 0, 0, 0, 0], 7
];
var GetOnlineEvaluationConfigRequest$ = [3, n0, _GOECR,
    0,
    [_oECI],
    [[0, 1]], 1
];
var GetOnlineEvaluationConfigResponse$ = [3, n0, _GOECRe,
    0,
    [_oECA, _oECI, _oECN, _rul, _dSC, _st, _eS, _cA, _uA, _d, _ev, _in, _cCl, _oC, _eERA, _fR],
    [0, 0, 0, () => Rule$, () => DataSourceConfig$, 0, 0, 4, 4, [() => EvaluationConfigDescription, 0], () => EvaluatorList, () => InsightList, () => ClusteringConfig$, () => OutputConfig$, 0, 0], 9
];
var GetPaymentConnectorRequest$ = [3, n0, _GPCR,
    0,
    [_pMI, _pCI],
    [[0, 1], [0, 1]], 2
];
var GetPaymentConnectorResponse$ = [3, n0, _GPCRe,
    0,
    [_pCI, _n, _t, _cPCr, _cA, _lUA, _st, _d, _pM, _aU, _cUA],
    [0, 0, 0, () => CredentialsProviderConfigurations, 5, 5, 0, 0, 0, 0, 5], 7
];
var GetPaymentCredentialProviderRequest$ = [3, n0, _GPCPR,
    0,
    [_n],
    [0], 1
];
var GetPaymentCredentialProviderResponse$ = [3, n0, _GPCPRe,
    0,
    [_n, _cPA, _cPV, _pCO, _cTr, _lUT, _ta],
    [0, 0, 0, () => PaymentProviderConfigurationOutput$, 4, 4, 128 | 0], 6
];
var GetPaymentManagerRequest$ = [3, n0, _GPMR,
    0,
    [_pMI],
    [[0, 1]], 1
];
var GetPaymentManagerResponse$ = [3, n0, _GPMRe,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _cA, _lUA, _st, _d, _aCu, _wID, _ta, _kKA],
    [0, 0, 0, 0, 0, 5, 5, 0, 0, () => AuthorizerConfiguration$, () => WorkloadIdentityDetails$, 128 | 0, 0], 8
];
var GetPolicyEngineRequest$ = [3, n0, _GPER,
    0,
    [_pEI],
    [[0, 1]], 1
];
var GetPolicyEngineResponse$ = [3, n0, _GPERe,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var GetPolicyEngineSummaryRequest$ = [3, n0, _GPESR,
    0,
    [_pEI],
    [[0, 1]], 1
];
var GetPolicyEngineSummaryResponse$ = [3, n0, _GPESRe,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _eKA],
    [0, 0, 5, 5, 0, 0, 0], 6
];
var GetPolicyGenerationRequest$ = [3, n0, _GPGR,
    0,
    [_pGI, _pEI],
    [[0, 1], [0, 1]], 2
];
var GetPolicyGenerationResponse$ = [3, n0, _GPGRe,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _sRt, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 64 | 0, 0], 9
];
var GetPolicyGenerationSummaryRequest$ = [3, n0, _GPGSR,
    0,
    [_pGI, _pEI],
    [[0, 1], [0, 1]], 2
];
var GetPolicyGenerationSummaryResponse$ = [3, n0, _GPGSRe,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 0], 8
];
var GetPolicyRequest$ = [3, n0, _GPR,
    0,
    [_pEI, _pIo],
    [[0, 1], [0, 1]], 2
];
var GetPolicyResponse$ = [3, n0, _GPRe,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var GetPolicySummaryRequest$ = [3, n0, _GPSR,
    0,
    [_pEI, _pIo],
    [[0, 1], [0, 1]], 2
];
var GetPolicySummaryResponse$ = [3, n0, _GPSRe,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _eM],
    [0, 0, 0, 5, 5, 0, 0, 0], 7
];
var GetRegistryRecordRequest$ = [3, n0, _GRRR,
    0,
    [_rIe, _rIec],
    [[0, 1], [0, 1]], 2
];
var GetRegistryRecordResponse$ = [3, n0, _GRRRe,
    0,
    [_rAeg, _rAe, _rIec, _n, _dT, _des, _st, _cA, _uA, _d, _rV, _sR, _sTy, _sC],
    [0, 0, 0, 0, 0, () => Descriptors$, 0, 5, 5, [() => Description, 0], 0, 0, 0, () => SynchronizationConfiguration$], 9
];
var GetRegistryRequest$ = [3, n0, _GRR,
    0,
    [_rIe],
    [[0, 1]], 1
];
var GetRegistryResponse$ = [3, n0, _GRRe,
    0,
    [_n, _rIe, _rAeg, _st, _cA, _uA, _d, _aT, _aCu, _aCp, _sR],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 0, () => AuthorizerConfiguration$, () => ApprovalConfiguration$, 0], 6
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_rAes],
    [[0, 1]], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_po],
    [0]
];
var GetTokenVaultRequest$ = [3, n0, _GTVR,
    0,
    [_tVI],
    [0]
];
var GetTokenVaultResponse$ = [3, n0, _GTVRe,
    0,
    [_tVI, _kC, _lMD],
    [0, () => KmsConfiguration$, 4], 3
];
var GetWorkloadIdentityRequest$ = [3, n0, _GWIR,
    0,
    [_n],
    [0], 1
];
var GetWorkloadIdentityResponse$ = [3, n0, _GWIRe,
    0,
    [_n, _wIA, _cTr, _lUT, _aRORU],
    [0, 0, 4, 4, 64 | 0], 4
];
var GithubOauth2ProviderConfigInput$ = [3, n0, _GOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var GithubOauth2ProviderConfigOutput$ = [3, n0, _GOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var GoogleOauth2ProviderConfigInput$ = [3, n0, _GOPCIo,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var GoogleOauth2ProviderConfigOutput$ = [3, n0, _GOPCOo,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var Harness$ = [3, n0, _H,
    0,
    [_hI, _hN, _ar, _st, _eRA, _cA, _uA, _mo, _sP, _to, _sk, _aTl, _tr, _env, _hV, _eAn, _eV, _aCu, _mem, _h, _mIa, _mT, _tS, _fR],
    [0, 0, 0, 0, 0, 5, 5, [() => HarnessModelConfiguration$, 0], [() => HarnessSystemPrompt, 0], [() => HarnessTools, 0], () => HarnessSkills, 64 | 0, () => HarnessTruncationConfiguration$, () => HarnessEnvironmentProvider$, 0, () => HarnessEnvironmentArtifact$, [() => EnvironmentVariablesMap, 0], () => AuthorizerConfiguration$, () => HarnessMemoryConfiguration$, () => HarnessHooks, 1, 1, 1, 0], 14
];
var HarnessAfterInvocationHook$ = [3, n0, _HAIH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessAfterToolCallHook$ = [3, n0, _HATCH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessAgentCoreBrowserConfig$ = [3, n0, _HACBC,
    0,
    [_bA],
    [0]
];
var HarnessAgentCoreCodeInterpreterConfig$ = [3, n0, _HACCIC,
    0,
    [_cIA],
    [0]
];
var HarnessAgentCoreGatewayConfig$ = [3, n0, _HACGC,
    0,
    [_gA, _oA],
    [0, [() => HarnessGatewayOutboundAuth$, 0]], 1
];
var HarnessAgentCoreMemoryConfiguration$ = [3, n0, _HACMC,
    0,
    [_ar, _aI, _mCe, _rCe],
    [0, 0, 1, () => HarnessAgentCoreMemoryRetrievalConfigs], 1
];
var HarnessAgentCoreMemoryRetrievalConfig$ = [3, n0, _HACMRC,
    0,
    [_tK, _rS, _sIt],
    [1, 1, 0]
];
var HarnessAgentCoreRuntimeEnvironment$ = [3, n0, _HACRE,
    0,
    [_aRA, _aRN, _aRI, _lC, _nC, _fC],
    [0, 0, 0, () => LifecycleConfiguration$, () => NetworkConfiguration$, () => FilesystemConfigurations], 5
];
var HarnessAgentCoreRuntimeEnvironmentRequest$ = [3, n0, _HACRER,
    0,
    [_lC, _nC, _fC],
    [() => LifecycleConfiguration$, () => NetworkConfiguration$, () => FilesystemConfigurations]
];
var HarnessBedrockModelConfig$ = [3, n0, _HBMC,
    0,
    [_mI, _mT, _te, _tP, _aF, _aP],
    [0, 1, 1, 1, 0, 15], 1
];
var HarnessBeforeInvocationHook$ = [3, n0, _HBIH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessBeforeToolCallHook$ = [3, n0, _HBTCH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessDisabledMemoryConfiguration$ = [3, n0, _HDMC,
    0,
    [],
    []
];
var HarnessEndpoint$ = [3, n0, _HE,
    0,
    [_hI, _hN, _eN, _ar, _st, _cA, _uA, _lV, _tV, _d, _fR],
    [0, 0, 0, 0, 0, 5, 5, 0, 0, 0, 0], 7
];
var HarnessGeminiModelConfig$ = [3, n0, _HGMC,
    0,
    [_mI, _aKA, _mT, _te, _tP, _tK, _aP],
    [0, 0, 1, 1, 1, 1, 15], 2
];
var HarnessHookEventBridgeTarget$ = [3, n0, _HHEBT,
    0,
    [_ar],
    [0], 1
];
var HarnessHookLambdaTarget$ = [3, n0, _HHLT,
    0,
    [_ar, _tS, _fM],
    [0, 1, 0], 1
];
var HarnessHookSnsTarget$ = [3, n0, _HHST,
    0,
    [_ar],
    [0], 1
];
var HarnessInlineFunctionConfig$ = [3, n0, _HIFC,
    0,
    [_d, _iS],
    [[() => HarnessInlineFunctionDescription, 0], [() => SensitiveJson, 0]], 2
];
var HarnessLiteLlmModelConfig$ = [3, n0, _HLLMC,
    0,
    [_mI, _aKA, _aB, _mT, _te, _tP, _aP],
    [0, 0, [() => HarnessLiteLlmApiBase, 0], 1, 1, 1, 15], 1
];
var HarnessManagedMemoryConfiguration$ = [3, n0, _HMMC,
    0,
    [_ar, _str, _eED, _eKA],
    [0, 64 | 0, 1, 0]
];
var HarnessOpenAiModelConfig$ = [3, n0, _HOAMC,
    0,
    [_mI, _aKA, _aB, _mT, _te, _tP, _aF, _aP],
    [0, 0, [() => HarnessOpenAiApiBase, 0], 1, 1, 1, 0, 15], 2
];
var HarnessRemoteMcpConfig$ = [3, n0, _HRMC,
    0,
    [_u, _he],
    [[() => HarnessRemoteMcpUrl, 0], [() => HttpHeadersMap, 0]], 1
];
var HarnessSkillAwsSkillsSource$ = [3, n0, _HSASS,
    0,
    [_pa],
    [64 | 0]
];
var HarnessSkillGitAuth$ = [3, n0, _HSGA,
    0,
    [_cAr, _us],
    [0, 0], 1
];
var HarnessSkillGitSource$ = [3, n0, _HSGS,
    0,
    [_u, _p, _au],
    [0, 0, () => HarnessSkillGitAuth$], 1
];
var HarnessSkillS3Source$ = [3, n0, _HSSS,
    0,
    [_ur],
    [0], 1
];
var HarnessSlidingWindowConfiguration$ = [3, n0, _HSWC,
    0,
    [_mCe],
    [1]
];
var HarnessSummarizationConfiguration$ = [3, n0, _HSC,
    0,
    [_sRu, _pRM, _sSP],
    [1, 1, 0]
];
var HarnessSummary$ = [3, n0, _HS,
    0,
    [_hI, _hN, _ar, _st, _cA, _uA, _hV],
    [0, 0, 0, 0, 5, 5, 0], 6
];
var HarnessTool$ = [3, n0, _HT,
    0,
    [_t, _n, _confi],
    [0, 0, [() => HarnessToolConfiguration$, 0]], 1
];
var HarnessTruncationConfiguration$ = [3, n0, _HTC,
    0,
    [_stra, _confi],
    [0, () => HarnessTruncationStrategyConfiguration$], 1
];
var HarnessVersionSummary$ = [3, n0, _HVS,
    0,
    [_hI, _hN, _ar, _hV, _st, _cA, _uA, _fR],
    [0, 0, 0, 0, 0, 5, 5, 0], 7
];
var HostingEnvironment$ = [3, n0, _HEo,
    0,
    [_ar],
    [0], 1
];
var HttpApiSchemaConfiguration$ = [3, n0, _HASC,
    0,
    [_so],
    [[() => ApiSchemaConfiguration$, 0]], 1
];
var HttpConnectorSource$ = [3, n0, _HCS,
    0,
    [_cIo],
    [0], 1
];
var HttpConnectorTargetConfiguration$ = [3, n0, _HCTC,
    0,
    [_so, _par],
    [() => HttpConnectorSource$, 128 | 0], 1
];
var IamCredentialProvider$ = [3, n0, _ICP,
    0,
    [_ser, _reg],
    [0, 0], 1
];
var IamPrincipal$ = [3, n0, _IPa,
    0,
    [_ar, _o],
    [0, 0], 1
];
var IncludedOauth2ProviderConfigInput$ = [3, n0, _IOPCI,
    0,
    [_cI, _cS, _cSC, _cSS, _is, _aE, _tE],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0, 0, 0, 0], 1
];
var IncludedOauth2ProviderConfigOutput$ = [3, n0, _IOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var IndexedKey$ = [3, n0, _IK,
    0,
    [_k, _t],
    [0, 0], 2
];
var InferenceConfiguration$ = [3, n0, _IC,
    0,
    [_mT, _te, _tP, _sS],
    [1, 1, 1, 64 | 0]
];
var InferenceConnectorSource$ = [3, n0, _ICS,
    0,
    [_cIo],
    [0], 1
];
var InferenceConnectorTargetConfiguration$ = [3, n0, _ICTC,
    0,
    [_so],
    [() => InferenceConnectorSource$], 1
];
var InferenceOperationConfiguration$ = [3, n0, _IOC,
    0,
    [_p, _pP, _mode],
    [0, 0, () => ModelEntries], 1
];
var InferenceProviderTargetConfiguration$ = [3, n0, _IPTC,
    0,
    [_end, _mM, _op],
    [0, () => ModelMapping$, () => InferenceOperationConfigurations], 1
];
var InlineExamplesSource$ = [3, n0, _IES,
    0,
    [_exa],
    [[() => DatasetExampleList, 0]], 1
];
var Insight$ = [3, n0, _I,
    0,
    [_iI],
    [0], 1
];
var InstanceLifecycleConfiguration$ = [3, n0, _ILC,
    0,
    [_iIT, _mL],
    [1, 1]
];
var InstanceRequirements$ = [3, n0, _IR,
    0,
    [_aIT],
    [64 | 0], 1
];
var InterceptorInputConfiguration$ = [3, n0, _IIC,
    0,
    [_pRH, _pF],
    [2, () => InterceptorPayloadFilter$], 1
];
var InterceptorPayloadFilter$ = [3, n0, _IPF,
    0,
    [_exc],
    [() => InterceptorPayloadExclusionSelectorList], 1
];
var InvocationConfiguration$ = [3, n0, _ICn,
    0,
    [_tA, _pDBN],
    [0, 0], 2
];
var InvocationConfigurationInput$ = [3, n0, _ICI,
    0,
    [_tA, _pDBN],
    [0, 0], 2
];
var KinesisResource$ = [3, n0, _KR,
    0,
    [_dSA, _cCo],
    [0, () => ContentConfigurationList], 2
];
var KmsConfiguration$ = [3, n0, _KC,
    0,
    [_kT, _kKA],
    [0, 0], 1
];
var KmsKeySourceType$ = [3, n0, _KKST,
    0,
    [_kKA],
    [0], 1
];
var LambdaEvaluatorConfig$ = [3, n0, _LEC,
    0,
    [_lA, _lTIS],
    [0, 1], 1
];
var LambdaInterceptorConfiguration$ = [3, n0, _LIC,
    0,
    [_ar],
    [0], 1
];
var LambdaTransformConfiguration$ = [3, n0, _LTC,
    0,
    [_ar],
    [0]
];
var LaunchParameters$ = [3, n0, _LP,
    0,
    [_oS, _iR, _eVp, _mon, _lS, _cRS, _sKN, _iPA, _pTr],
    [0, () => InstanceRequirements$, () => EphemeralBlockDeviceMappingList, 0, () => LicenseSpecificationList, () => CapacityReservationSpecification$, 0, 0, 128 | 0], 2
];
var LicenseSpecification$ = [3, n0, _LS,
    0,
    [_lCA],
    [0], 1
];
var LifecycleConfiguration$ = [3, n0, _LC,
    0,
    [_iRST, _mL],
    [1, 1]
];
var LimitEntry$ = [3, n0, _LE,
    0,
    [_di, _req, _tok, _conn],
    [128 | 0, () => RateConfigs, () => RateConfigs, () => RateConfigs], 1
];
var LinkedinOauth2ProviderConfigInput$ = [3, n0, _LOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var LinkedinOauth2ProviderConfigOutput$ = [3, n0, _LOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var ListAgentRuntimeEndpointsRequest$ = [3, n0, _LARER,
    0,
    [_aRI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListAgentRuntimeEndpointsResponse$ = [3, n0, _LARERi,
    0,
    [_rE, _nTe],
    [[() => AgentRuntimeEndpoints, 0], 0], 1
];
var ListAgentRuntimesRequest$ = [3, n0, _LARR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListAgentRuntimesResponse$ = [3, n0, _LARRi,
    0,
    [_aR, _nTe],
    [[() => AgentRuntimes, 0], 0], 1
];
var ListAgentRuntimeVersionsByCapacityProviderInput$ = [3, n0, _LARVBCPI,
    0,
    [_cPI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListAgentRuntimeVersionsByCapacityProviderOutput$ = [3, n0, _LARVBCPO,
    0,
    [_aR, _nTe],
    [() => AgentRuntimeVersionSummaryList, 0], 1
];
var ListAgentRuntimeVersionsRequest$ = [3, n0, _LARVR,
    0,
    [_aRI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListAgentRuntimeVersionsResponse$ = [3, n0, _LARVRi,
    0,
    [_aR, _nTe],
    [[() => AgentRuntimes, 0], 0], 1
];
var ListApiKeyCredentialProvidersRequest$ = [3, n0, _LAKCPR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListApiKeyCredentialProvidersResponse$ = [3, n0, _LAKCPRi,
    0,
    [_cPre, _nTe],
    [() => ApiKeyCredentialProviders, 0], 1
];
var ListBrowserProfilesRequest$ = [3, n0, _LBPR,
    0,
    [_mR, _nTe, _n],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], 0]
];
var ListBrowserProfilesResponse$ = [3, n0, _LBPRi,
    0,
    [_pS, _nTe],
    [[() => BrowserProfileSummaries, 0], 0], 1
];
var ListBrowsersRequest$ = [3, n0, _LBR,
    0,
    [_mR, _nTe, _t],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _t }]]
];
var ListBrowsersResponse$ = [3, n0, _LBRi,
    0,
    [_bSr, _nTe],
    [[() => BrowserSummaries, 0], 0], 1
];
var ListCapacityProvidersInput$ = [3, n0, _LCPI,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListCapacityProvidersOutput$ = [3, n0, _LCPO,
    0,
    [_cPa, _nTe],
    [() => CapacityProviderList, 0], 1
];
var ListCodeInterpretersRequest$ = [3, n0, _LCIR,
    0,
    [_mR, _nTe, _t],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _t }]]
];
var ListCodeInterpretersResponse$ = [3, n0, _LCIRi,
    0,
    [_cIS, _nTe],
    [[() => CodeInterpreterSummaries, 0], 0], 1
];
var ListConfigurationBundlesRequest$ = [3, n0, _LCBR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListConfigurationBundlesResponse$ = [3, n0, _LCBRi,
    0,
    [_b, _nTe],
    [[() => ConfigurationBundleSummaryList, 0], 0], 1
];
var ListConfigurationBundleVersionsRequest$ = [3, n0, _LCBVR,
    0,
    [_bIu, _nTe, _mR, _fil],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }], () => VersionFilter$], 1
];
var ListConfigurationBundleVersionsResponse$ = [3, n0, _LCBVRi,
    0,
    [_ver, _nTe],
    [() => ConfigurationBundleVersionSummaryList, 0], 1
];
var ListConsentPortalsRequest$ = [3, n0, _LCPR,
    0,
    [_mR, _nTe],
    [1, 0]
];
var ListConsentPortalsResponse$ = [3, n0, _LCPRi,
    0,
    [_cPo, _nTe],
    [() => ConsentPortalSummaries, 0], 1
];
var ListDatasetExamplesRequest$ = [3, n0, _LDER,
    0,
    [_dI, _dV, _mR, _nTe],
    [[0, 1], [0, { [_hQ]: _dV }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListDatasetExamplesResponse$ = [3, n0, _LDERi,
    0,
    [_dA, _dI, _dV, _exa, _nTe],
    [0, 0, 0, [() => DatasetExampleList, 0], 0], 4
];
var ListDatasetsRequest$ = [3, n0, _LDR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListDatasetsResponse$ = [3, n0, _LDRi,
    0,
    [_da, _nTe],
    [() => DatasetSummaryList, 0], 1
];
var ListDatasetVersionsRequest$ = [3, n0, _LDVR,
    0,
    [_dI, _nTe, _mR],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 1
];
var ListDatasetVersionsResponse$ = [3, n0, _LDVRi,
    0,
    [_ver, _nTe],
    [() => DatasetVersionSummaryList, 0], 1
];
var ListEvaluatorsRequest$ = [3, n0, _LER,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListEvaluatorsResponse$ = [3, n0, _LERi,
    0,
    [_ev, _nTe],
    [[() => EvaluatorSummaryList, 0], 0], 1
];
var ListGatewayRateLimitsRequest$ = [3, n0, _LGRLR,
    0,
    [_gI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListGatewayRateLimitsResponse$ = [3, n0, _LGRLRi,
    0,
    [_rL, _nTe],
    [() => GatewayRateLimits, 0], 1
];
var ListGatewayRulesRequest$ = [3, n0, _LGRR,
    0,
    [_gI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListGatewayRulesResponse$ = [3, n0, _LGRRi,
    0,
    [_gR, _nTe],
    [[() => GatewayRules, 0], 0], 1
];
var ListGatewaysRequest$ = [3, n0, _LGR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListGatewaysResponse$ = [3, n0, _LGRi,
    0,
    [_it, _nTe],
    [[() => GatewaySummaries, 0], 0], 1
];
var ListGatewayTargetsRequest$ = [3, n0, _LGTR,
    0,
    [_gI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListGatewayTargetsResponse$ = [3, n0, _LGTRi,
    0,
    [_it, _nTe],
    [[() => TargetSummaries, 0], 0], 1
];
var ListHarnessEndpointsRequest$ = [3, n0, _LHER,
    0,
    [_hI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListHarnessEndpointsResponse$ = [3, n0, _LHERi,
    0,
    [_endp, _nTe],
    [() => HarnessEndpoints, 0], 1
];
var ListHarnessesRequest$ = [3, n0, _LHR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListHarnessesResponse$ = [3, n0, _LHRi,
    0,
    [_har, _nTe],
    [() => HarnessSummaries, 0], 1
];
var ListHarnessVersionsRequest$ = [3, n0, _LHVR,
    0,
    [_hI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListHarnessVersionsResponse$ = [3, n0, _LHVRi,
    0,
    [_hVa, _nTe],
    [() => HarnessVersionSummaries, 0], 1
];
var ListMemoriesInput$ = [3, n0, _LMI,
    0,
    [_mR, _nTe],
    [1, 0]
];
var ListMemoriesOutput$ = [3, n0, _LMO,
    0,
    [_memo, _nTe],
    [() => MemorySummaryList, 0], 1
];
var ListOauth2CredentialProvidersRequest$ = [3, n0, _LOCPR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListOauth2CredentialProvidersResponse$ = [3, n0, _LOCPRi,
    0,
    [_cPre, _nTe],
    [() => Oauth2CredentialProviders, 0], 1
];
var ListOnlineEvaluationConfigsRequest$ = [3, n0, _LOECR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListOnlineEvaluationConfigsResponse$ = [3, n0, _LOECRi,
    0,
    [_oEC, _nTe],
    [[() => OnlineEvaluationConfigSummaryList, 0], 0], 1
];
var ListPaymentConnectorsRequest$ = [3, n0, _LPCR,
    0,
    [_pMI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListPaymentConnectorsResponse$ = [3, n0, _LPCRi,
    0,
    [_pCa, _nTe],
    [() => PaymentConnectorSummaries, 0], 1
];
var ListPaymentCredentialProvidersRequest$ = [3, n0, _LPCPR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListPaymentCredentialProvidersResponse$ = [3, n0, _LPCPRi,
    0,
    [_cPre, _nTe],
    [() => PaymentCredentialProviders, 0], 1
];
var ListPaymentManagersRequest$ = [3, n0, _LPMR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListPaymentManagersResponse$ = [3, n0, _LPMRi,
    0,
    [_pMa, _nTe],
    [() => PaymentManagerSummaries, 0], 1
];
var ListPoliciesRequest$ = [3, n0, _LPR,
    0,
    [_pEI, _nTe, _mR, _tRS],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _tRS }]], 1
];
var ListPoliciesResponse$ = [3, n0, _LPRi,
    0,
    [_pol, _nTe],
    [[() => Policies, 0], 0], 1
];
var ListPolicyEnginesRequest$ = [3, n0, _LPER,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListPolicyEnginesResponse$ = [3, n0, _LPERi,
    0,
    [_pEo, _nTe],
    [[() => PolicyEngines, 0], 0], 1
];
var ListPolicyEngineSummariesRequest$ = [3, n0, _LPESR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListPolicyEngineSummariesResponse$ = [3, n0, _LPESRi,
    0,
    [_pEo, _nTe],
    [() => PolicyEngineSummaryList, 0], 1
];
var ListPolicyGenerationAssetsRequest$ = [3, n0, _LPGAR,
    0,
    [_pGI, _pEI, _nTe, _mR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 2
];
var ListPolicyGenerationAssetsResponse$ = [3, n0, _LPGARi,
    0,
    [_pGAo, _nTe],
    [() => PolicyGenerationAssets, 0]
];
var ListPolicyGenerationsRequest$ = [3, n0, _LPGR,
    0,
    [_pEI, _nTe, _mR],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 1
];
var ListPolicyGenerationsResponse$ = [3, n0, _LPGRi,
    0,
    [_pG, _nTe],
    [() => PolicyGenerations, 0], 1
];
var ListPolicyGenerationSummariesRequest$ = [3, n0, _LPGSR,
    0,
    [_pEI, _nTe, _mR],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 1
];
var ListPolicyGenerationSummariesResponse$ = [3, n0, _LPGSRi,
    0,
    [_pG, _nTe],
    [() => PolicyGenerationSummaryList, 0], 1
];
var ListPolicySummariesRequest$ = [3, n0, _LPSR,
    0,
    [_pEI, _nTe, _mR, _tRS],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _tRS }]], 1
];
var ListPolicySummariesResponse$ = [3, n0, _LPSRi,
    0,
    [_pol, _nTe],
    [() => PolicySummaryList, 0], 1
];
var ListRegistriesRequest$ = [3, n0, _LRR,
    0,
    [_mR, _nTe, _st, _aT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _st }], [0, { [_hQ]: _aT }]]
];
var ListRegistriesResponse$ = [3, n0, _LRRi,
    0,
    [_regi, _nTe],
    [[() => RegistrySummaryList, 0], 0], 1
];
var ListRegistryRecordsRequest$ = [3, n0, _LRRR,
    0,
    [_rIe, _mR, _nTe, _n, _st, _dT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _n }], [0, { [_hQ]: _st }], [0, { [_hQ]: _dT }]], 1
];
var ListRegistryRecordsResponse$ = [3, n0, _LRRRi,
    0,
    [_rR, _nTe],
    [[() => RegistryRecordSummaryList, 0], 0], 1
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rAes],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_ta],
    [128 | 0]
];
var ListWorkloadIdentitiesRequest$ = [3, n0, _LWIR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListWorkloadIdentitiesResponse$ = [3, n0, _LWIRi,
    0,
    [_wI, _nTe],
    [() => WorkloadIdentityList, 0], 1
];
var LlmAsAJudgeEvaluatorConfig$ = [3, n0, _LAAJEC,
    0,
    [_ins, _rSa, _mCo],
    [[() => EvaluatorInstructions, 0], [() => RatingScale$, 0], () => EvaluatorModelConfig$], 3
];
var LlmExtractionConfig$ = [3, n0, _LECl,
    0,
    [_de, _lEI, _val],
    [[() => Definition, 0], [() => LlmExtractionInstruction, 0], () => Validation$], 1
];
var ManagedResourceDetails$ = [3, n0, _MRD,
    0,
    [_do, _rGA, _rAA],
    [0, 0, 0]
];
var ManagedVpcResource$ = [3, n0, _MVR,
    0,
    [_vIp, _sIu, _eIAT, _sGI, _ta, _rDo],
    [0, 64 | 0, 0, 64 | 0, 128 | 0, 0], 3
];
var MatchPaths$ = [3, n0, _MP,
    0,
    [_aO],
    [64 | 0], 1
];
var MatchPrincipals$ = [3, n0, _MPa,
    0,
    [_aO],
    [() => MatchPrincipalEntries], 1
];
var McpDescriptor$ = [3, n0, _MD,
    0,
    [_se, _to],
    [() => ServerDefinition$, () => ToolsDefinition$]
];
var MCPGatewayConfiguration$ = [3, n0, _MCPGC,
    0,
    [_sVu, _ins, _sTe, _sCe, _sCtr, _dMLTP],
    [64 | 0, [() => McpInstructions, 0], 0, () => SessionConfiguration$, () => StreamingConfiguration$, 2]
];
var McpLambdaTargetConfiguration$ = [3, n0, _MLTC,
    0,
    [_lA, _tSo],
    [0, [() => ToolSchema$, 0]], 2
];
var McpServerTargetConfiguration$ = [3, n0, _MSTC,
    0,
    [_end, _mTS, _lMi, _rP],
    [0, [() => McpToolSchemaConfiguration$, 0], 0, 1], 1
];
var Memory$ = [3, n0, _M,
    0,
    [_ar, _i, _n, _eED, _st, _cA, _uA, _d, _eKA, _mERA, _fR, _str, _iK, _nK, _sDR, _mBRA],
    [0, 0, 0, 1, 0, 4, 4, [() => Description, 0], 0, 0, 0, [() => MemoryStrategyList, 0], () => IndexedKeysList, () => NamespaceKeysList, () => StreamDeliveryResources$, 0], 7
];
var MemoryRecordSchema$ = [3, n0, _MRS,
    0,
    [_mSe],
    [[() => MetadataSchemaList, 0]]
];
var MemoryStrategy$ = [3, n0, _MS,
    0,
    [_sIt, _n, _t, _na, _nT, _d, _con, _cA, _uA, _st, _mRS],
    [0, 0, 0, 64 | 0, 64 | 0, [() => Description, 0], [() => StrategyConfiguration$, 0], 4, 4, 0, [() => MemoryRecordSchema$, 0]], 5
];
var MemorySummary$ = [3, n0, _MSe,
    0,
    [_cA, _uA, _ar, _i, _st, _mBRA],
    [4, 4, 0, 0, 0, 0], 2
];
var MessageBasedTrigger$ = [3, n0, _MBT,
    0,
    [_mCes],
    [1]
];
var MessageBasedTriggerInput$ = [3, n0, _MBTI,
    0,
    [_mCes],
    [1]
];
var MetadataConfiguration$ = [3, n0, _MC,
    0,
    [_aRH, _aQP, _aRHl],
    [64 | 0, 64 | 0, 64 | 0]
];
var MetadataSchemaEntry$ = [3, n0, _MSE,
    0,
    [_k, _t, _eTx, _eCxt],
    [0, 0, 0, [() => ExtractionConfig$, 0]], 1
];
var MicrosoftOauth2ProviderConfigInput$ = [3, n0, _MOPCI,
    0,
    [_cI, _cS, _cSC, _cSS, _tIe],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0, 0], 1
];
var MicrosoftOauth2ProviderConfigOutput$ = [3, n0, _MOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var ModelEntry$ = [3, n0, _ME,
    0,
    [_mo],
    [0], 1
];
var ModelMapping$ = [3, n0, _MM,
    0,
    [_pPr],
    [() => ProviderPrefix$]
];
var ModifyInvocationConfigurationInput$ = [3, n0, _MICI,
    0,
    [_tA, _pDBN],
    [0, 0]
];
var ModifyMemoryStrategies$ = [3, n0, _MMS,
    0,
    [_aMS, _mMS, _dMS],
    [[() => MemoryStrategyInputList, 0], [() => ModifyMemoryStrategiesList, 0], () => DeleteMemoryStrategiesList]
];
var ModifyMemoryStrategyInput$ = [3, n0, _MMSI,
    0,
    [_mSI, _d, _na, _nT, _con, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => ModifyStrategyConfiguration$, 0], [() => MemoryRecordSchema$, 0]], 1
];
var ModifySelfManagedConfiguration$ = [3, n0, _MSMC,
    0,
    [_tCr, _iCnv, _hCWS],
    [() => TriggerConditionInputList, () => ModifyInvocationConfigurationInput$, 1]
];
var ModifyStrategyConfiguration$ = [3, n0, _MSC,
    0,
    [_ex, _cons, _ref, _sMC],
    [[() => ModifyExtractionConfiguration$, 0], [() => ModifyConsolidationConfiguration$, 0], [() => ModifyReflectionConfiguration$, 0], () => ModifySelfManagedConfiguration$]
];
var NamespaceKeyEntry$ = [3, n0, _NKE,
    0,
    [_k, _val],
    [0, () => NamespaceKeyValidation$], 1
];
var NamespaceKeyValidation$ = [3, n0, _NKV,
    0,
    [_aV, _rPe],
    [64 | 0, 0]
];
var NetworkConfiguration$ = [3, n0, _NC,
    0,
    [_nM, _nMC],
    [0, () => VpcConfig$], 1
];
var NumberValidation$ = [3, n0, _NV,
    0,
    [_mV, _mVa],
    [1, 1]
];
var NumericalScaleDefinition$ = [3, n0, _NSD,
    0,
    [_de, _va, _la],
    [0, 1, 0], 3
];
var OAuth2AuthorizationData$ = [3, n0, _OAAD,
    0,
    [_aU, _uI],
    [0, 0], 1
];
var Oauth2AuthorizationServerMetadata$ = [3, n0, _OASM,
    0,
    [_is, _aE, _tE, _rT, _tEAM],
    [0, 0, 0, 64 | 0, 64 | 0], 3
];
var Oauth2CredentialProviderItem$ = [3, n0, _OCPI,
    0,
    [_n, _cPV, _cPA, _cTr, _lUT],
    [0, 0, 0, 4, 4], 5
];
var OAuthCredentialProvider$ = [3, n0, _OACP,
    0,
    [_pAr, _sc, _cPu, _gT, _dRU],
    [0, 64 | 0, [() => OAuthCustomParameters, 0], 0, 0], 2
];
var OnBehalfOfTokenExchangeConfigType$ = [3, n0, _OBOTECT,
    0,
    [_gT, _tEGTC],
    [0, () => TokenExchangeGrantTypeConfigType$], 1
];
var OnlineEvaluationConfigSummary$ = [3, n0, _OECS,
    0,
    [_oECA, _oECI, _oECN, _st, _eS, _cA, _uA, _d, _fR, _in, _cCl],
    [0, 0, 0, 0, 0, 4, 4, [() => EvaluationConfigDescription, 0], 0, () => InsightList, () => ClusteringConfig$], 7
];
var OpenResponsesEvaluatorModelConfig$ = [3, n0, _OREMC,
    0,
    [_mI, _mOT, _te, _tP, _rea],
    [0, 1, 1, 1, () => ReasoningConfiguration$], 1
];
var OutputConfig$ = [3, n0, _OC,
    0,
    [_cWC],
    [() => CloudWatchOutputConfig$], 1
];
var PassthroughTargetConfiguration$ = [3, n0, _PTC,
    0,
    [_end, _pT, _sch, _sCti, _sQP, _sQPCR],
    [0, 0, [() => HttpApiSchemaConfiguration$, 0], () => StickinessConfiguration$, [() => StaticQueryParameters, 0], 0], 2
];
var PaymentConnectorSummary$ = [3, n0, _PCS,
    0,
    [_pCI, _n, _t, _st, _lUA, _pM],
    [0, 0, 0, 0, 5, 0], 5
];
var PaymentCredentialProviderConfiguration$ = [3, n0, _PCPC,
    0,
    [_cPA],
    [0], 1
];
var PaymentCredentialProviderItem$ = [3, n0, _PCPI,
    0,
    [_n, _cPV, _cPA, _cTr, _lUT],
    [0, 0, 0, 4, 4], 5
];
var PaymentManagerSummary$ = [3, n0, _PMS,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _st, _lUA, _d, _cA, _kKA],
    [0, 0, 0, 0, 0, 0, 5, 0, 5, 0], 7
];
var PermissionsConfiguration$ = [3, n0, _PC,
    0,
    [_cPORA],
    [0], 1
];
var Policy$ = [3, n0, _Po,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var PolicyEngine$ = [3, n0, _PE,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var PolicyEngineSummary$ = [3, n0, _PES,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _eKA],
    [0, 0, 5, 5, 0, 0, 0], 6
];
var PolicyGeneration$ = [3, n0, _PG,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _sRt, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 64 | 0, 0], 9
];
var PolicyGenerationAsset$ = [3, n0, _PGA,
    0,
    [_pGAI, _rTF, _fi, _de],
    [0, 0, () => Findings, () => PolicyDefinition$], 3
];
var PolicyGenerationDetails$ = [3, n0, _PGD,
    0,
    [_pGI, _pGAI],
    [0, 0], 2
];
var PolicyGenerationSummary$ = [3, n0, _PGS,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 0], 8
];
var PolicyStatement$ = [3, n0, _PS,
    0,
    [_stat],
    [0], 1
];
var PolicySummary$ = [3, n0, _PSo,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _eM],
    [0, 0, 0, 5, 5, 0, 0, 0], 7
];
var PrivateEndpointOverride$ = [3, n0, _PEO,
    0,
    [_do, _pE],
    [0, () => PrivateEndpoint$], 2
];
var PrivateKeyJwtConfig$ = [3, n0, _PKJC,
    0,
    [_pKS, _sA, _aHC, _aPC],
    [() => PrivateKeySource$, 0, [() => AdditionalClaims, 0], [() => AdditionalClaims, 0]]
];
var ProtocolConfiguration$ = [3, n0, _PCr,
    0,
    [_sPe],
    [0], 1
];
var ProviderPrefix$ = [3, n0, _PP,
    0,
    [_stri, _sep],
    [2, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_rAes, _po],
    [[0, 1], 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_po],
    [0], 1
];
var RateConfig$ = [3, n0, _RC,
    0,
    [_ra, _pe],
    [1, 0], 2
];
var ReasoningConfiguration$ = [3, n0, _RCe,
    0,
    [_ef],
    [0]
];
var RecordingConfig$ = [3, n0, _RCec,
    0,
    [_ena, _sL],
    [2, () => S3Location$]
];
var RegistryRecordCredentialProviderConfiguration$ = [3, n0, _RRCPC,
    0,
    [_cPT, _cP],
    [0, () => RegistryRecordCredentialProviderUnion$], 2
];
var RegistryRecordIamCredentialProvider$ = [3, n0, _RRICP,
    0,
    [_rA, _ser, _reg],
    [0, 0, 0]
];
var RegistryRecordOAuthCredentialProvider$ = [3, n0, _RROACP,
    0,
    [_pAr, _gT, _sc, _cPu],
    [0, 0, 64 | 0, 128 | 0], 1
];
var RegistryRecordSummary$ = [3, n0, _RRS,
    0,
    [_rAeg, _rAe, _rIec, _n, _dT, _rV, _st, _cA, _uA, _d],
    [0, 0, 0, 0, 0, 0, 0, 5, 5, [() => Description, 0]], 9
];
var RegistrySummary$ = [3, n0, _RS,
    0,
    [_n, _rIe, _rAeg, _st, _cA, _uA, _d, _aT, _sR],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 0, 0], 6
];
var RootVolumeConfiguration$ = [3, n0, _RVC,
    0,
    [_vT, _io, _th, _enc, _kKI, _fSGB],
    [0, 1, 1, 2, 0, 1]
];
var RotatePaymentConnectorCredentialsRequest$ = [3, n0, _RPCCR,
    0,
    [_pMI, _pCI, _cTR, _cT],
    [[0, 1], [0, 1], () => CredentialRotationConfig$, [0, 4]], 3
];
var RotatePaymentConnectorCredentialsResponse$ = [3, n0, _RPCCRo,
    0,
    [_pCI, _pMI, _lUA, _st],
    [0, 0, 5, 0], 4
];
var Rule$ = [3, n0, _R,
    0,
    [_sCa, _filt, _sCes],
    [() => SamplingConfig$, () => FilterList, () => SessionConfig$], 1
];
var RuntimeMetadataConfiguration$ = [3, n0, _RMC,
    0,
    [_rMMDSV],
    [2], 1
];
var RuntimeTargetConfiguration$ = [3, n0, _RTC,
    0,
    [_ar, _q, _sch],
    [0, 0, [() => HttpApiSchemaConfiguration$, 0]], 1
];
var S3Configuration$ = [3, n0, _SC,
    0,
    [_ur, _bOAI],
    [0, 0]
];
var S3FilesAccessPointConfiguration$ = [3, n0, _SFAPC,
    0,
    [_aPA, _mP],
    [0, 0], 2
];
var S3FilesConfiguration$ = [3, n0, _SFC,
    0,
    [_aPA, _mP, _fSA],
    [0, 0, 0], 3
];
var S3Location$ = [3, n0, _SL,
    0,
    [_bu, _pre, _vI],
    [0, 0, 0], 2
];
var S3Source$ = [3, n0, _SS,
    0,
    [_sUr],
    [0], 1
];
var SalesforceOauth2ProviderConfigInput$ = [3, n0, _SOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var SalesforceOauth2ProviderConfigOutput$ = [3, n0, _SOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var SamplingConfig$ = [3, n0, _SCa,
    0,
    [_sPa],
    [1], 1
];
var SchemaDefinition$ = [3, n0, _SD,
    0,
    [_t, _prop, _requ, _it, _d],
    [0, () => SchemaProperties, 64 | 0, () => SchemaDefinition$, 0], 1
];
var Secret$ = [3, n0, _S,
    0,
    [_sAe],
    [0], 1
];
var SecretReference$ = [3, n0, _SR,
    0,
    [_sIe, _jK],
    [0, 0], 2
];
var SecretsManagerLocation$ = [3, n0, _SML,
    0,
    [_sAe],
    [0], 1
];
var SelfManagedConfiguration$ = [3, n0, _SMC,
    0,
    [_tCr, _iCnv, _hCWS],
    [() => TriggerConditionsList, () => InvocationConfiguration$, 1], 3
];
var SelfManagedConfigurationInput$ = [3, n0, _SMCI,
    0,
    [_iCnv, _tCr, _hCWS],
    [() => InvocationConfigurationInput$, () => TriggerConditionInputList, 1], 1
];
var SemanticConsolidationOverride$ = [3, n0, _SCO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SemanticExtractionOverride$ = [3, n0, _SEO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SemanticMemoryStrategyInput$ = [3, n0, _SMSI,
    0,
    [_n, _d, _na, _nT, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 1
];
var SemanticOverrideConfigurationInput$ = [3, n0, _SOCI,
    0,
    [_ex, _cons],
    [[() => SemanticOverrideExtractionConfigurationInput$, 0], [() => SemanticOverrideConsolidationConfigurationInput$, 0]]
];
var SemanticOverrideConsolidationConfigurationInput$ = [3, n0, _SOCCI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SemanticOverrideExtractionConfigurationInput$ = [3, n0, _SOECI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var ServerDefinition$ = [3, n0, _SDe,
    0,
    [_sV, _iC],
    [0, 0]
];
var SessionConfig$ = [3, n0, _SCe,
    0,
    [_sTM],
    [1], 1
];
var SessionConfiguration$ = [3, n0, _SCes,
    0,
    [_sTIS],
    [1]
];
var SessionStorageConfiguration$ = [3, n0, _SSC,
    0,
    [_mP],
    [0], 1
];
var SetTokenVaultCMKRequest$ = [3, n0, _STVCMKR,
    0,
    [_kC, _tVI],
    [() => KmsConfiguration$, 0], 1
];
var SetTokenVaultCMKResponse$ = [3, n0, _STVCMKRe,
    0,
    [_tVI, _kC, _lMD],
    [0, () => KmsConfiguration$, 4], 3
];
var SkillDefinition$ = [3, n0, _SDk,
    0,
    [_sV, _iC],
    [0, 0]
];
var SkillMdDefinition$ = [3, n0, _SMD,
    0,
    [_iC],
    [0]
];
var SlackOauth2ProviderConfigInput$ = [3, n0, _SOPCIl,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var SlackOauth2ProviderConfigOutput$ = [3, n0, _SOPCOl,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var StartPolicyGenerationRequest$ = [3, n0, _SPGR,
    0,
    [_pEI, _res, _cont, _n, _cT],
    [[0, 1], () => Resource$, () => Content$, 0, [0, 4]], 4
];
var StartPolicyGenerationResponse$ = [3, n0, _SPGRt,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _sRt, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 64 | 0, 0], 9
];
var StaticOverride$ = [3, n0, _SO,
    0,
    [_bAu, _bV],
    [0, 0], 2
];
var StaticRoute$ = [3, n0, _SRt,
    0,
    [_tN],
    [[() => TargetName, 0]], 1
];
var StickinessConfiguration$ = [3, n0, _SCt,
    0,
    [_id, _ti, _cIom],
    [0, 1, 64 | 0], 1
];
var StrategyConfiguration$ = [3, n0, _SCtr,
    0,
    [_t, _ex, _cons, _ref, _sMC],
    [0, [() => ExtractionConfiguration$, 0], [() => ConsolidationConfiguration$, 0], [() => ReflectionConfiguration$, 0], () => SelfManagedConfiguration$]
];
var StreamDeliveryResources$ = [3, n0, _SDR,
    0,
    [_reso],
    [() => StreamDeliveryResourcesList], 1
];
var StreamingConfiguration$ = [3, n0, _SCtre,
    0,
    [_eRS],
    [2]
];
var StringListValidation$ = [3, n0, _SLV,
    0,
    [_aV, _mIax],
    [64 | 0, 1]
];
var StringValidation$ = [3, n0, _SV,
    0,
    [_aV],
    [64 | 0], 1
];
var StripePrivyConfigurationInput$ = [3, n0, _SPCI,
    0,
    [_aIp, _aIu, _aSp, _aSS, _aSC, _aPK, _aPKS, _aPKC],
    [0, 0, [() => DefaultStripePrivyAppSecretType, 0], 0, () => SecretReference$, [() => DefaultStripePrivyAuthorizationPrivateKeyType, 0], 0, () => SecretReference$], 2
];
var StripePrivyConfigurationOutput$ = [3, n0, _SPCO,
    0,
    [_aIp, _aSA, _aPKA, _aIu, _aSJK, _aSS, _aPKJK, _aPKS],
    [0, () => Secret$, () => Secret$, 0, 0, 0, 0, 0], 4
];
var SubmitRegistryRecordForApprovalRequest$ = [3, n0, _SRRFAR,
    0,
    [_rIe, _rIec],
    [[0, 1], [0, 1]], 2
];
var SubmitRegistryRecordForApprovalResponse$ = [3, n0, _SRRFARu,
    0,
    [_rAeg, _rAe, _rIec, _st, _uA],
    [0, 0, 0, 0, 5], 5
];
var SummaryConsolidationOverride$ = [3, n0, _SCOu,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SummaryMemoryStrategyInput$ = [3, n0, _SMSIu,
    0,
    [_n, _d, _na, _nT, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 1
];
var SummaryOverrideConfigurationInput$ = [3, n0, _SOCIu,
    0,
    [_cons],
    [[() => SummaryOverrideConsolidationConfigurationInput$, 0]]
];
var SummaryOverrideConsolidationConfigurationInput$ = [3, n0, _SOCCIu,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SynchronizationConfiguration$ = [3, n0, _SCy,
    0,
    [_fU],
    [() => FromUrlSynchronizationConfiguration$]
];
var SynchronizeGatewayTargetsRequest$ = [3, n0, _SGTR,
    0,
    [_gI, _tIL],
    [[0, 1], 64 | 0], 2
];
var SynchronizeGatewayTargetsResponse$ = [3, n0, _SGTRy,
    0,
    [_targ],
    [[() => GatewayTargetList, 0]]
];
var SystemManagedBlock$ = [3, n0, _SMB,
    0,
    [_mB],
    [0], 1
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rAes, _ta],
    [[0, 1], 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TargetSummary$ = [3, n0, _TS,
    0,
    [_tI, _n, _st, _cA, _uA, _d, _rP, _lSAa, _aD, _tT, _lMi],
    [0, [() => TargetName, 0], 0, 5, 5, [() => TargetDescription, 0], 1, 5, () => AuthorizationData$, 0, 0], 5
];
var TargetTrafficSplitEntry$ = [3, n0, _TTSE,
    0,
    [_n, _w, _tN, _d, _meta],
    [0, 1, [() => TargetName, 0], 0, 128 | 0], 3
];
var TimeBasedTrigger$ = [3, n0, _TBT,
    0,
    [_iST],
    [1]
];
var TimeBasedTriggerInput$ = [3, n0, _TBTI,
    0,
    [_iST],
    [1]
];
var TokenBasedTrigger$ = [3, n0, _TBTo,
    0,
    [_tCo],
    [1]
];
var TokenBasedTriggerInput$ = [3, n0, _TBTIo,
    0,
    [_tCo],
    [1]
];
var TokenExchangeGrantTypeConfigType$ = [3, n0, _TEGTCT,
    0,
    [_aTC, _aTS],
    [0, 64 | 0], 1
];
var ToolDefinition$ = [3, n0, _TDo,
    8,
    [_n, _d, _iS, _oSu],
    [0, 0, () => SchemaDefinition$, () => SchemaDefinition$], 3
];
var ToolsDefinition$ = [3, n0, _TDoo,
    0,
    [_pVr, _iC],
    [0, 0]
];
var TrafficSplitEntry$ = [3, n0, _TSE,
    0,
    [_n, _w, _cBo, _d, _meta],
    [0, 1, () => ConfigurationBundleReference$, 0, 128 | 0], 3
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rAes, _tKa],
    [[0, 1], [64 | 0, { [_hQ]: _tKa }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAgentRuntimeEndpointRequest$ = [3, n0, _UARER,
    0,
    [_aRI, _eN, _aRV, _d, _cT],
    [[0, 1], [() => EndpointName, 1], 0, 0, [0, 4]], 2
];
var UpdateAgentRuntimeEndpointResponse$ = [3, n0, _UARERp,
    0,
    [_aREA, _aRA, _st, _cA, _lUA, _lV, _tV],
    [0, 0, 0, 5, 5, 0, 0], 5
];
var UpdateAgentRuntimeRequest$ = [3, n0, _UARR,
    0,
    [_aRI, _aRAg, _rA, _nC, _d, _aCu, _rHC, _pC, _lC, _mC, _eV, _fC, _cPC, _pVl, _cT],
    [[0, 1], () => AgentRuntimeArtifact$, 0, () => NetworkConfiguration$, [() => Description, 0], () => AuthorizerConfiguration$, () => RequestHeaderConfiguration$, () => ProtocolConfiguration$, () => LifecycleConfiguration$, () => RuntimeMetadataConfiguration$, [() => EnvironmentVariablesMap, 0], () => FilesystemConfigurations, () => CapacityProviderConfiguration$, 0, [0, 4]], 3
];
var UpdateAgentRuntimeResponse$ = [3, n0, _UARRp,
    0,
    [_aRA, _aRI, _aRV, _cA, _lUA, _st, _wID],
    [0, 0, 0, 5, 5, 0, () => WorkloadIdentityDetails$], 6
];
var UpdateApiKeyCredentialProviderRequest$ = [3, n0, _UAKCPR,
    0,
    [_n, _aK, _aKSC, _aKSS],
    [0, [() => DefaultApiKeyType, 0], () => SecretReference$, 0], 1
];
var UpdateApiKeyCredentialProviderResponse$ = [3, n0, _UAKCPRp,
    0,
    [_aKSA, _n, _cPA, _cTr, _lUT, _aKSJK, _aKSS],
    [() => Secret$, 0, 0, 4, 4, 0, 0], 5
];
var UpdateCapacityProviderInput$ = [3, n0, _UCPI,
    0,
    [_cPI, _d, _cT],
    [[0, 1], [() => UpdatedDescription$, 0], [0, 4]], 1
];
var UpdateCapacityProviderOutput$ = [3, n0, _UCPO,
    0,
    [_cPI, _cPAa, _n, _st, _cA, _lUA],
    [0, 0, 0, 0, 5, 5], 6
];
var UpdateConfigurationBundleRequest$ = [3, n0, _UCBR,
    0,
    [_bIu, _pVI, _cT, _bN, _d, _com, _bNr, _cM, _cB, _kKA],
    [[0, 1], 64 | 0, [0, 4], 0, [() => ConfigurationBundleDescription, 0], [() => ComponentConfigurationMap, 0], 0, 0, () => VersionCreatedBySource$, 0], 2
];
var UpdateConfigurationBundleResponse$ = [3, n0, _UCBRp,
    0,
    [_bAu, _bIu, _vI, _uA],
    [0, 0, 0, 4], 4
];
var UpdateConsentPortalRequest$ = [3, n0, _UCPR,
    0,
    [_cPIon, _eRA, _iCd, _d],
    [0, 0, () => ConsentPortalIdpConfig$, 0], 1
];
var UpdateConsentPortalResponse$ = [3, n0, _UCPRp,
    0,
    [_sou, _cPAo, _cPIo, _cA, _eRA, _iCd, _n, _st, _uA, _d, _pU, _sR],
    [() => ConsentPortalSources, 0, 0, 4, 0, () => ConsentPortalIdpConfig$, 0, 0, 4, 0, 0, 0], 9
];
var UpdatedA2aDescriptor$ = [3, n0, _UAD,
    0,
    [_oV],
    [() => A2aDescriptor$]
];
var UpdatedAgentSkillsDescriptor$ = [3, n0, _UASD,
    0,
    [_oV],
    [() => UpdatedAgentSkillsDescriptorFields$]
];
var UpdatedAgentSkillsDescriptorFields$ = [3, n0, _UASDF,
    0,
    [_sM, _sD],
    [() => UpdatedSkillMdDefinition$, () => UpdatedSkillDefinition$]
];
var UpdatedApprovalConfiguration$ = [3, n0, _UAC,
    0,
    [_oV],
    [() => ApprovalConfiguration$]
];
var UpdateDatasetExamplesRequest$ = [3, n0, _UDER,
    0,
    [_dI, _exa, _cT],
    [[0, 1], [() => DatasetExampleList, 0], [0, 4]], 2
];
var UpdateDatasetExamplesResponse$ = [3, n0, _UDERp,
    0,
    [_dA, _dI, _st, _uC, _uA],
    [0, 0, 0, 1, 4], 5
];
var UpdateDatasetRequest$ = [3, n0, _UDR,
    0,
    [_dI, _cT, _d],
    [[0, 1], [0, 4], 0], 1
];
var UpdateDatasetResponse$ = [3, n0, _UDRp,
    0,
    [_dA, _dI, _uA],
    [0, 0, 4], 3
];
var UpdatedAuthorizerConfiguration$ = [3, n0, _UACp,
    0,
    [_oV],
    [() => AuthorizerConfiguration$]
];
var UpdatedCustomDescriptor$ = [3, n0, _UCD,
    0,
    [_oV],
    [() => CustomDescriptor$]
];
var UpdatedDescription$ = [3, n0, _UD,
    0,
    [_oV],
    [[() => Description, 0]]
];
var UpdatedDescriptors$ = [3, n0, _UDp,
    0,
    [_oV],
    [() => UpdatedDescriptorsUnion$]
];
var UpdatedDescriptorsUnion$ = [3, n0, _UDU,
    0,
    [_mc, _aa, _cu, _aSg],
    [() => UpdatedMcpDescriptor$, () => UpdatedA2aDescriptor$, () => UpdatedCustomDescriptor$, () => UpdatedAgentSkillsDescriptor$]
];
var UpdatedHarnessEnvironmentArtifact$ = [3, n0, _UHEA,
    0,
    [_oV],
    [() => HarnessEnvironmentArtifact$]
];
var UpdatedHarnessMemoryConfiguration$ = [3, n0, _UHMC,
    0,
    [_oV],
    [() => HarnessMemoryConfiguration$]
];
var UpdatedMcpDescriptor$ = [3, n0, _UMD,
    0,
    [_oV],
    [() => UpdatedMcpDescriptorFields$]
];
var UpdatedMcpDescriptorFields$ = [3, n0, _UMDF,
    0,
    [_se, _to],
    [() => UpdatedServerDefinition$, () => UpdatedToolsDefinition$]
];
var UpdatedServerDefinition$ = [3, n0, _USD,
    0,
    [_oV],
    [() => ServerDefinition$]
];
var UpdatedSkillDefinition$ = [3, n0, _USDp,
    0,
    [_oV],
    [() => SkillDefinition$]
];
var UpdatedSkillMdDefinition$ = [3, n0, _USMD,
    0,
    [_oV],
    [() => SkillMdDefinition$]
];
var UpdatedSynchronizationConfiguration$ = [3, n0, _USC,
    0,
    [_oV],
    [() => SynchronizationConfiguration$]
];
var UpdatedSynchronizationType$ = [3, n0, _UST,
    0,
    [_oV],
    [0]
];
var UpdatedToolsDefinition$ = [3, n0, _UTD,
    0,
    [_oV],
    [() => ToolsDefinition$]
];
var UpdateEvaluatorRequest$ = [3, n0, _UER,
    0,
    [_eIv, _cT, _d, _eC, _le, _kKA],
    [[0, 1], [0, 4], [() => EvaluatorDescription, 0], [() => EvaluatorConfig$, 0], 0, 0], 1
];
var UpdateEvaluatorResponse$ = [3, n0, _UERp,
    0,
    [_eA, _eIv, _uA, _st],
    [0, 0, 4, 0], 4
];
var UpdateGatewayRateLimitRequest$ = [3, n0, _UGRLR,
    0,
    [_gI, _rLI, _en, _d],
    [[0, 1], [0, 1], () => LimitEntries, 0], 3
];
var UpdateGatewayRateLimitResponse$ = [3, n0, _UGRLRp,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var UpdateGatewayRequest$ = [3, n0, _UGR,
    0,
    [_gI, _n, _rA, _aT, _d, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _eL, _wC],
    [[0, 1], 0, 0, 0, [() => GatewayDescription, 0], 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, 0, () => WafConfiguration$], 4
];
var UpdateGatewayResponse$ = [3, n0, _UGRp,
    0,
    [_gA, _gIa, _cA, _uA, _st, _n, _aT, _gU, _sRt, _d, _rA, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _wID, _eL, _wAA, _wC],
    [0, 0, 5, 5, 0, 0, 0, 0, 64 | 0, [() => GatewayDescription, 0], 0, 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, () => WorkloadIdentityDetails$, 0, 0, () => WafConfiguration$], 7
];
var UpdateGatewayRuleRequest$ = [3, n0, _UGRR,
    0,
    [_gI, _rI, _pr, _cond, _ac, _d],
    [[0, 1], [0, 1], 1, () => Conditions, [() => Actions, 0], 0], 2
];
var UpdateGatewayRuleResponse$ = [3, n0, _UGRRp,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy, _uA],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$, 5], 6
];
var UpdateGatewayTargetRequest$ = [3, n0, _UGTR,
    0,
    [_gI, _tI, _tC, _n, _d, _cPCr, _mC, _pE],
    [[0, 1], [0, 1], [() => TargetConfiguration$, 0], [() => TargetName, 0], [() => TargetDescription, 0], [() => CredentialProviderConfigurations, 0], () => MetadataConfiguration$, () => PrivateEndpoint$], 3
];
var UpdateGatewayTargetResponse$ = [3, n0, _UGTRp,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var UpdateHarnessEndpointRequest$ = [3, n0, _UHER,
    0,
    [_hI, _eN, _tV, _d, _cT],
    [[0, 1], [0, 1], 0, 0, [0, 4]], 2
];
var UpdateHarnessEndpointResponse$ = [3, n0, _UHERp,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var UpdateHarnessRequest$ = [3, n0, _UHR,
    0,
    [_hI, _cT, _eRA, _env, _eAn, _eV, _aCu, _mo, _sP, _to, _sk, _aTl, _mem, _tr, _h, _mIa, _mT, _tS],
    [[0, 1], [0, 4], 0, () => HarnessEnvironmentProviderRequest$, () => UpdatedHarnessEnvironmentArtifact$, [() => EnvironmentVariablesMap, 0], () => UpdatedAuthorizerConfiguration$, [() => HarnessModelConfiguration$, 0], [() => HarnessSystemPrompt, 0], [() => HarnessTools, 0], () => HarnessSkills, 64 | 0, () => UpdatedHarnessMemoryConfiguration$, () => HarnessTruncationConfiguration$, () => HarnessHooks, 1, 1, 1], 1
];
var UpdateHarnessResponse$ = [3, n0, _UHRp,
    0,
    [_ha],
    [[() => Harness$, 0]], 1
];
var UpdateMemoryInput$ = [3, n0, _UMI,
    0,
    [_mIe, _cT, _d, _eED, _mERA, _mS, _aIK, _nK, _sDR],
    [[0, 1], [0, 4], [() => Description, 0], 1, 0, [() => ModifyMemoryStrategies$, 0], () => IndexedKeysList, () => NamespaceKeysList, () => StreamDeliveryResources$], 1
];
var UpdateMemoryOutput$ = [3, n0, _UMO,
    0,
    [_mem],
    [[() => Memory$, 0]]
];
var UpdateOauth2CredentialProviderRequest$ = [3, n0, _UOCPR,
    0,
    [_n, _cPV, _oPCI],
    [0, 0, [() => Oauth2ProviderConfigInput$, 0]], 3
];
var UpdateOauth2CredentialProviderResponse$ = [3, n0, _UOCPRp,
    0,
    [_cSA, _n, _cPV, _cPA, _oPCO, _cTr, _lUT, _cSJK, _cSS, _cUa, _st],
    [() => Secret$, 0, 0, 0, [() => Oauth2ProviderConfigOutput$, 0], 4, 4, 0, 0, 0, 0], 7
];
var UpdateOnlineEvaluationConfigRequest$ = [3, n0, _UOECR,
    0,
    [_oECI, _cT, _d, _rul, _dSC, _ev, _in, _cCl, _oC, _eERA, _eS],
    [[0, 1], [0, 4], [() => EvaluationConfigDescription, 0], () => Rule$, () => DataSourceConfig$, () => EvaluatorList, () => InsightList, () => ClusteringConfig$, () => OutputConfig$, 0, 0], 1
];
var UpdateOnlineEvaluationConfigResponse$ = [3, n0, _UOECRp,
    0,
    [_oECA, _oECI, _uA, _st, _eS, _fR],
    [0, 0, 4, 0, 0, 0], 5
];
var UpdatePaymentConnectorRequest$ = [3, n0, _UPCR,
    0,
    [_pMI, _pCI, _d, _t, _cPCr, _cT],
    [[0, 1], [0, 1], 0, 0, () => CredentialsProviderConfigurations, [0, 4]], 2
];
var UpdatePaymentConnectorResponse$ = [3, n0, _UPCRp,
    0,
    [_pCI, _pMI, _n, _t, _cPCr, _lUA, _st, _aU],
    [0, 0, 0, 0, () => CredentialsProviderConfigurations, 5, 0, 0], 7
];
var UpdatePaymentCredentialProviderRequest$ = [3, n0, _UPCPR,
    0,
    [_n, _cPV, _pCIr],
    [0, 0, [() => PaymentProviderConfigurationInput$, 0]], 3
];
var UpdatePaymentCredentialProviderResponse$ = [3, n0, _UPCPRp,
    0,
    [_n, _cPV, _cPA, _pCO, _cTr, _lUT],
    [0, 0, 0, () => PaymentProviderConfigurationOutput$, 4, 4], 6
];
var UpdatePaymentManagerRequest$ = [3, n0, _UPMR,
    0,
    [_pMI, _d, _aT, _aCu, _rA, _cT, _kKA],
    [[0, 1], 0, 0, () => AuthorizerConfiguration$, 0, [0, 4], 0], 1
];
var UpdatePaymentManagerResponse$ = [3, n0, _UPMRp,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _lUA, _st, _wID, _kKA],
    [0, 0, 0, 0, 0, 5, 0, () => WorkloadIdentityDetails$, 0], 7
];
var UpdatePolicyEngineRequest$ = [3, n0, _UPER,
    0,
    [_pEI, _d],
    [[0, 1], [() => UpdatedDescription$, 0]], 1
];
var UpdatePolicyEngineResponse$ = [3, n0, _UPERp,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var UpdatePolicyRequest$ = [3, n0, _UPR,
    0,
    [_pEI, _pIo, _d, _de, _vM, _eM],
    [[0, 1], [0, 1], [() => UpdatedDescription$, 0], () => PolicyDefinition$, 0, 0], 2
];
var UpdatePolicyResponse$ = [3, n0, _UPRp,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var UpdateRegistryRecordRequest$ = [3, n0, _URRR,
    0,
    [_rIe, _rIec, _n, _d, _dT, _des, _rV, _sTy, _sC, _tSr],
    [[0, 1], [0, 1], 0, [() => UpdatedDescription$, 0], 0, () => UpdatedDescriptors$, 0, () => UpdatedSynchronizationType$, () => UpdatedSynchronizationConfiguration$, 2], 2
];
var UpdateRegistryRecordResponse$ = [3, n0, _URRRp,
    0,
    [_rAeg, _rAe, _rIec, _n, _dT, _des, _st, _cA, _uA, _d, _rV, _sR, _sTy, _sC],
    [0, 0, 0, 0, 0, () => Descriptors$, 0, 5, 5, [() => Description, 0], 0, 0, 0, () => SynchronizationConfiguration$], 9
];
var UpdateRegistryRecordStatusRequest$ = [3, n0, _URRSR,
    0,
    [_rIe, _rIec, _st, _sR],
    [[0, 1], [0, 1], 0, 0], 4
];
var UpdateRegistryRecordStatusResponse$ = [3, n0, _URRSRp,
    0,
    [_rAeg, _rAe, _rIec, _st, _sR, _uA],
    [0, 0, 0, 0, 0, 5], 6
];
var UpdateRegistryRequest$ = [3, n0, _URRp,
    0,
    [_rIe, _n, _d, _aCu, _aCp],
    [[0, 1], 0, [() => UpdatedDescription$, 0], () => UpdatedAuthorizerConfiguration$, () => UpdatedApprovalConfiguration$], 1
];
var UpdateRegistryResponse$ = [3, n0, _URRpd,
    0,
    [_n, _rIe, _rAeg, _st, _cA, _uA, _d, _aT, _aCu, _aCp, _sR],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 0, () => AuthorizerConfiguration$, () => ApprovalConfiguration$, 0], 6
];
var UpdateWorkloadIdentityRequest$ = [3, n0, _UWIR,
    0,
    [_n, _aRORU],
    [0, 64 | 0], 1
];
var UpdateWorkloadIdentityResponse$ = [3, n0, _UWIRp,
    0,
    [_n, _wIA, _cTr, _lUT, _aRORU],
    [0, 0, 4, 4, 64 | 0], 4
];
var UserPreferenceConsolidationOverride$ = [3, n0, _UPCO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var UserPreferenceExtractionOverride$ = [3, n0, _UPEO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var UserPreferenceMemoryStrategyInput$ = [3, n0, _UPMSI,
    0,
    [_n, _d, _na, _nT, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 1
];
var UserPreferenceOverrideConfigurationInput$ = [3, n0, _UPOCI,
    0,
    [_ex, _cons],
    [[() => UserPreferenceOverrideExtractionConfigurationInput$, 0], [() => UserPreferenceOverrideConsolidationConfigurationInput$, 0]]
];
var UserPreferenceOverrideConsolidationConfigurationInput$ = [3, n0, _UPOCCI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var UserPreferenceOverrideExtractionConfigurationInput$ = [3, n0, _UPOECI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_n, _m],
    [0, 0], 2
];
var VersionCreatedBySource$ = [3, n0, _VCBS,
    0,
    [_n, _ar],
    [0, 0], 1
];
var VersionFilter$ = [3, n0, _VF,
    0,
    [_bNr, _cBN, _lPB],
    [0, 0, 2]
];
var VersionLineageMetadata$ = [3, n0, _VLM,
    0,
    [_pVI, _bNr, _cB, _cM],
    [64 | 0, 0, () => VersionCreatedBySource$, 0]
];
var VpcConfig$ = [3, n0, _VC,
    0,
    [_sG, _su, _rSSE],
    [64 | 0, 64 | 0, 2], 2
];
var VpcConfiguration$ = [3, n0, _VCp,
    0,
    [_su, _sG],
    [64 | 0, 64 | 0], 2
];
var WafConfiguration$ = [3, n0, _WC,
    0,
    [_fM],
    [0]
];
var WeightedOverride$ = [3, n0, _WO,
    0,
    [_tSra],
    [() => TrafficSplitEntries], 1
];
var WeightedRoute$ = [3, n0, _WR,
    0,
    [_tSra],
    [[() => TargetTrafficSplitEntries, 0]], 1
];
var WorkloadIdentityDetails$ = [3, n0, _WID,
    0,
    [_wIA],
    [0], 1
];
var WorkloadIdentityType$ = [3, n0, _WIT,
    0,
    [_n, _wIA],
    [0, 0], 2
];
var __Unit = "unit";
var Actions = [1, n0, _A,
    0, [() => Action$,
        0]
];
var AgentRuntimeEndpoints = [1, n0, _AREg,
    0, [() => AgentRuntimeEndpoint$,
        0]
];
var AgentRuntimes = [1, n0, _ARg,
    0, [() => AgentRuntime$,
        0]
];
var AgentRuntimeVersionSummaryList = [1, n0, _ARVSL,
    0, () => AgentRuntimeVersionSummary$
];
var ApiGatewayToolFilters = [1, n0, _AGTFp,
    0, () => ApiGatewayToolFilter$
];
var ApiGatewayToolOverrides = [1, n0, _AGTOp,
    0, () => ApiGatewayToolOverride$
];
var ApiKeyCredentialProviders = [1, n0, _AKCP,
    0, () => ApiKeyCredentialProviderItem$
];
var BatchPutLimitEntries = [1, n0, _BPLEa,
    0, () => BatchPutLimitEntry$
];
var BrowserEnterprisePolicies = [1, n0, _BEPr,
    0, () => BrowserEnterprisePolicy$
];
var BrowserProfileSummaries = [1, n0, _BPSr,
    0, [() => BrowserProfileSummary$,
        0]
];
var BrowserSummaries = [1, n0, _BSr,
    0, [() => BrowserSummary$,
        0]
];
var CapacityProviderList = [1, n0, _CPL,
    0, () => CapacityProviderSummary$
];
var CategoricalScaleDefinitions = [1, n0, _CSDa,
    0, () => CategoricalScaleDefinition$
];
var Certificates = [1, n0, _Ce,
    0, () => Certificate$
];
var CodeInterpreterSummaries = [1, n0, _CISo,
    0, [() => CodeInterpreterSummary$,
        0]
];
var Conditions = [1, n0, _Co,
    0, () => Condition$
];
var ConfigurationBundleSummaryList = [1, n0, _CBSL,
    0, [() => ConfigurationBundleSummary$,
        0]
];
var ConfigurationBundleVersionSummaryList = [1, n0, _CBVSL,
    0, () => ConfigurationBundleVersionSummary$
];
var ConnectorConfigurations = [1, n0, _CConn,
    0, () => ConnectorConfiguration$
];
var ConnectorParameterOverrides = [1, n0, _CPOo,
    0, () => ConnectorParameterOverride$
];
var ConsentPortalSources = [1, n0, _CPSons,
    0, () => ConsentPortalSource$
];
var ConsentPortalSummaries = [1, n0, _CPSonse,
    0, () => ConsentPortalSummary$
];
var ContentConfigurationList = [1, n0, _CCL,
    0, () => ContentConfiguration$
];
var CredentialProviderConfigurations = [1, n0, _CPCre,
    0, [() => CredentialProviderConfiguration$,
        0]
];
var CredentialsProviderConfigurations = [1, n0, _CPCred,
    0, () => CredentialsProviderConfiguration$
];
var CustomClaimValidationsType = [1, n0, _CCVTu,
    0, () => CustomClaimValidationType$
];
var DatasetExampleList = [1, n0, _DEL,
    0, [() => SensitiveJson,
        0]
];
var DatasetSummaryList = [1, n0, _DSL,
    0, () => DatasetSummary$
];
var DatasetVersionSummaryList = [1, n0, _DVSL,
    0, () => DatasetVersionSummary$
];
var DeleteMemoryStrategiesList = [1, n0, _DMSL,
    0, () => DeleteMemoryStrategyInput$
];
var EphemeralBlockDeviceMappingList = [1, n0, _EBDML,
    0, () => EphemeralBlockDeviceMapping$
];
var EvaluatorList = [1, n0, _EL,
    0, () => EvaluatorReference$
];
var EvaluatorSummaryList = [1, n0, _ESL,
    0, [() => EvaluatorSummary$,
        0]
];
var FilesystemConfigurations = [1, n0, _FC,
    0, () => FilesystemConfiguration$
];
var FilterList = [1, n0, _FL,
    0, () => Filter$
];
var Findings = [1, n0, _Fin,
    0, () => Finding$
];
var GatewayInterceptorConfigurations = [1, n0, _GICa,
    0, () => GatewayInterceptorConfiguration$
];
var GatewayRateLimits = [1, n0, _GRL,
    0, () => GatewayRateLimitDetail$
];
var GatewayRules = [1, n0, _GR,
    0, [() => GatewayRuleDetail$,
        0]
];
var GatewaySummaries = [1, n0, _GSa,
    0, [() => GatewaySummary$,
        0]
];
var GatewayTargetList = [1, n0, _GTL,
    0, [() => GatewayTarget$,
        0]
];
var HarnessEndpoints = [1, n0, _HEa,
    0, () => HarnessEndpoint$
];
var HarnessHooks = [1, n0, _HH,
    0, () => HarnessHook$
];
var HarnessSkills = [1, n0, _HSa,
    0, () => HarnessSkill$
];
var HarnessSummaries = [1, n0, _HSar,
    0, () => HarnessSummary$
];
var HarnessSystemPrompt = [1, n0, _HSP,
    0, [() => HarnessSystemContentBlock$,
        0]
];
var HarnessTools = [1, n0, _HTa,
    0, [() => HarnessTool$,
        0]
];
var HarnessVersionSummaries = [1, n0, _HVSa,
    0, () => HarnessVersionSummary$
];
var HostingEnvironmentListType = [1, n0, _HELT,
    0, () => HostingEnvironment$
];
var IndexedKeysList = [1, n0, _IKL,
    0, () => IndexedKey$
];
var InferenceOperationConfigurations = [1, n0, _IOCn,
    0, () => InferenceOperationConfiguration$
];
var InsightList = [1, n0, _IL,
    0, () => Insight$
];
var InterceptorPayloadExclusionSelectorList = [1, n0, _IPESL,
    0, () => InterceptorPayloadExclusionSelector$
];
var LicenseSpecificationList = [1, n0, _LSL,
    0, () => LicenseSpecification$
];
var LimitEntries = [1, n0, _LEi,
    0, () => LimitEntry$
];
var MatchPrincipalEntries = [1, n0, _MPE,
    0, () => MatchPrincipalEntry$
];
var MemoryStrategyInputList = [1, n0, _MSIL,
    0, [() => MemoryStrategyInput$,
        0]
];
var MemoryStrategyList = [1, n0, _MSL,
    0, [() => MemoryStrategy$,
        0]
];
var MemorySummaryList = [1, n0, _MSLe,
    0, () => MemorySummary$
];
var MetadataSchemaList = [1, n0, _MSLet,
    0, [() => MetadataSchemaEntry$,
        0]
];
var ModelEntries = [1, n0, _MEo,
    0, () => ModelEntry$
];
var ModifyMemoryStrategiesList = [1, n0, _MMSL,
    0, [() => ModifyMemoryStrategyInput$,
        0]
];
var NamespaceKeysList = [1, n0, _NKL,
    0, () => NamespaceKeyEntry$
];
var NumericalScaleDefinitions = [1, n0, _NSDu,
    0, () => NumericalScaleDefinition$
];
var Oauth2CredentialProviders = [1, n0, _OCP,
    0, () => Oauth2CredentialProviderItem$
];
var OnlineEvaluationConfigSummaryList = [1, n0, _OECSL,
    0, [() => OnlineEvaluationConfigSummary$,
        0]
];
var PaymentConnectorSummaries = [1, n0, _PCSa,
    0, () => PaymentConnectorSummary$
];
var PaymentCredentialProviders = [1, n0, _PCP,
    0, () => PaymentCredentialProviderItem$
];
var PaymentManagerSummaries = [1, n0, _PMSa,
    0, () => PaymentManagerSummary$
];
var Policies = [1, n0, _Pol,
    0, [() => Policy$,
        0]
];
var PolicyEngines = [1, n0, _PEo,
    0, [() => PolicyEngine$,
        0]
];
var PolicyEngineSummaryList = [1, n0, _PESL,
    0, () => PolicyEngineSummary$
];
var PolicyGenerationAssets = [1, n0, _PGAo,
    0, () => PolicyGenerationAsset$
];
var PolicyGenerations = [1, n0, _PGo,
    0, () => PolicyGeneration$
];
var PolicyGenerationSummaryList = [1, n0, _PGSL,
    0, () => PolicyGenerationSummary$
];
var PolicySummaryList = [1, n0, _PSL,
    0, () => PolicySummary$
];
var PrivateEndpointManagedResources = [1, n0, _PEMR,
    0, () => ManagedResourceDetails$
];
var PrivateEndpointOverrides = [1, n0, _PEOr,
    0, () => PrivateEndpointOverride$
];
var RateConfigs = [1, n0, _RCa,
    0, () => RateConfig$
];
var RegistryRecordCredentialProviderConfigurationList = [1, n0, _RRCPCL,
    0, () => RegistryRecordCredentialProviderConfiguration$
];
var RegistryRecordSummaryList = [1, n0, _RRSL,
    0, [() => RegistryRecordSummary$,
        0]
];
var RegistrySummaryList = [1, n0, _RSL,
    0, [() => RegistrySummary$,
        0]
];
var StreamDeliveryResourcesList = [1, n0, _SDRL,
    0, () => StreamDeliveryResource$
];
var TargetSummaries = [1, n0, _TSa,
    0, [() => TargetSummary$,
        0]
];
var TargetTrafficSplitEntries = [1, n0, _TTSEa,
    0, [() => TargetTrafficSplitEntry$,
        0]
];
var ToolDefinitions = [1, n0, _TDool,
    0, [() => ToolDefinition$,
        0]
];
var ToolsFileSystemConfigurations = [1, n0, _TFSC,
    0, () => ToolsFileSystemConfiguration$
];
var TrafficSplitEntries = [1, n0, _TSEr,
    0, () => TrafficSplitEntry$
];
var TriggerConditionInputList = [1, n0, _TCIL,
    0, () => TriggerConditionInput$
];
var TriggerConditionsList = [1, n0, _TCL,
    0, () => TriggerCondition$
];
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, () => ValidationExceptionField$
];
var VolumeConfigurationList = [1, n0, _VCL,
    0, () => VolumeConfiguration$
];
var WorkloadIdentityList = [1, n0, _WIL,
    0, () => WorkloadIdentityType$
];
var AdditionalClaims = [2, n0, _ACd,
    0, [0,
        0],
    [() => AdditionalClaimValue,
        0]
];
var ComponentConfigurationMap = [2, n0, _CCM,
    0, [0,
        0],
    [() => ComponentConfiguration$,
        0]
];
var EnvironmentVariablesMap = [2, n0, _EVM,
    8, 0, 0
];
var HarnessAgentCoreMemoryRetrievalConfigs = [2, n0, _HACMRCa,
    0, 0, () => HarnessAgentCoreMemoryRetrievalConfig$
];
var HttpHeadersMap = [2, n0, _HHM,
    8, 0, 0
];
var OAuthCustomParameters = [2, n0, _OACPu,
    0, [0,
        0],
    [() => OAuthCustomParametersValue,
        0]
];
var SchemaProperties = [2, n0, _SP,
    0, 0, () => SchemaDefinition$
];
var StaticQueryParameters = [2, n0, _SQP,
    0, [0,
        0],
    [() => StaticQueryParameterValue,
        0]
];
var Action$ = [4, n0, _Ac,
    0,
    [_cBo, _rTT],
    [() => ConfigurationBundleAction$, [() => RouteToTargetAction$, 0]]
];
var AgentRuntimeArtifact$ = [4, n0, _ARA,
    0,
    [_cCon, _cCod],
    [() => ContainerConfiguration$, () => CodeConfiguration$]
];
var ApiSchemaConfiguration$ = [4, n0, _ASC,
    0,
    [_s_, _iPn],
    [() => S3Configuration$, [() => InlinePayload, 0]]
];
var AuthorizationData$ = [4, n0, _ADu,
    0,
    [_oa],
    [() => OAuth2AuthorizationData$]
];
var AuthorizerConfiguration$ = [4, n0, _ACu,
    0,
    [_cJWTA],
    [() => CustomJWTAuthorizerConfiguration$]
];
var CertificateLocation$ = [4, n0, _CL,
    0,
    [_sMe],
    [() => SecretsManagerLocation$]
];
var ClaimMatchValueType$ = [4, n0, _CMVT,
    0,
    [_mVS, _mVSL],
    [0, 64 | 0]
];
var Code$ = [4, n0, _Cod,
    0,
    [_s_],
    [() => S3Location$]
];
var CodeBasedEvaluatorConfig$ = [4, n0, _CBEC,
    0,
    [_lCa],
    [() => LambdaEvaluatorConfig$]
];
var ComputeConfiguration$ = [4, n0, _CComp,
    0,
    [_eCc],
    [() => Ec2Configuration$]
];
var Condition$ = [4, n0, _Con,
    0,
    [_mPa, _mPat],
    [() => MatchPrincipals$, () => MatchPaths$]
];
var ConfigurationBundleAction$ = [4, n0, _CBA,
    0,
    [_sO, _wO],
    [() => StaticOverride$, () => WeightedOverride$]
];
var ConsolidationConfiguration$ = [4, n0, _CCons,
    0,
    [_cCC],
    [[() => CustomConsolidationConfiguration$, 0]]
];
var Content$ = [4, n0, _Cont,
    0,
    [_rTa],
    [0]
];
var CredentialProvider$ = [4, n0, _CPr,
    0,
    [_oCP, _aKCP, _iCP],
    [[() => OAuthCredentialProvider$, 0], () => GatewayApiKeyCredentialProvider$, () => IamCredentialProvider$]
];
var CredentialRotationConfig$ = [4, n0, _CRC,
    0,
    [_cCDP],
    [() => CoinbaseCdpRotationTargets$]
];
var CredentialsProviderConfiguration$ = [4, n0, _CPCrede,
    0,
    [_cCDP, _sPt],
    [() => PaymentCredentialProviderConfiguration$, () => PaymentCredentialProviderConfiguration$]
];
var CustomConfigurationInput$ = [4, n0, _CCI,
    0,
    [_sOe, _sOu, _uPO, _eO, _sMC],
    [[() => SemanticOverrideConfigurationInput$, 0], [() => SummaryOverrideConfigurationInput$, 0], [() => UserPreferenceOverrideConfigurationInput$, 0], [() => EpisodicOverrideConfigurationInput$, 0], () => SelfManagedConfigurationInput$]
];
var CustomConsolidationConfiguration$ = [4, n0, _CCC,
    0,
    [_sCO, _sCOu, _uPCO, _eCO],
    [[() => SemanticConsolidationOverride$, 0], [() => SummaryConsolidationOverride$, 0], [() => UserPreferenceConsolidationOverride$, 0], [() => EpisodicConsolidationOverride$, 0]]
];
var CustomConsolidationConfigurationInput$ = [4, n0, _CCCIu,
    0,
    [_sCO, _sCOu, _uPCO, _eCO],
    [[() => SemanticOverrideConsolidationConfigurationInput$, 0], [() => SummaryOverrideConsolidationConfigurationInput$, 0], [() => UserPreferenceOverrideConsolidationConfigurationInput$, 0], [() => EpisodicOverrideConsolidationConfigurationInput$, 0]]
];
var CustomExtractionConfiguration$ = [4, n0, _CEC,
    0,
    [_sEO, _uPEO, _eEO],
    [[() => SemanticExtractionOverride$, 0], [() => UserPreferenceExtractionOverride$, 0], [() => EpisodicExtractionOverride$, 0]]
];
var CustomExtractionConfigurationInput$ = [4, n0, _CECI,
    0,
    [_sEO, _uPEO, _eEO],
    [[() => SemanticOverrideExtractionConfigurationInput$, 0], [() => UserPreferenceOverrideExtractionConfigurationInput$, 0], [() => EpisodicOverrideExtractionConfigurationInput$, 0]]
];
var CustomReflectionConfiguration$ = [4, n0, _CRCu,
    0,
    [_eRO],
    [[() => EpisodicReflectionOverride$, 0]]
];
var CustomReflectionConfigurationInput$ = [4, n0, _CRCI,
    0,
    [_eRO],
    [[() => EpisodicOverrideReflectionConfigurationInput$, 0]]
];
var DataSourceConfig$ = [4, n0, _DSC,
    0,
    [_cWL],
    [() => CloudWatchLogsInputConfig$]
];
var DataSourceType$ = [4, n0, _DST,
    0,
    [_iE, _sSo],
    [[() => InlineExamplesSource$, 0], () => S3Source$]
];
var EvaluatorConfig$ = [4, n0, _ECv,
    0,
    [_lAAJ, _cBod, _der],
    [[() => LlmAsAJudgeEvaluatorConfig$, 0], () => CodeBasedEvaluatorConfig$, () => DerivedEvaluatorConfig$]
];
var EvaluatorModelConfig$ = [4, n0, _EMC,
    0,
    [_bEMC, _rEMC],
    [() => BedrockEvaluatorModelConfig$, () => OpenResponsesEvaluatorModelConfig$]
];
var EvaluatorReference$ = [4, n0, _ER,
    0,
    [_eIv],
    [0]
];
var ExtractionConfig$ = [4, n0, _ECx,
    0,
    [_lEC],
    [[() => LlmExtractionConfig$, 0]]
];
var ExtractionConfiguration$ = [4, n0, _ECxt,
    0,
    [_cEC],
    [[() => CustomExtractionConfiguration$, 0]]
];
var FilesystemConfiguration$ = [4, n0, _FCi,
    0,
    [_sSe, _sFAP, _eAP, _cPVa],
    [() => SessionStorageConfiguration$, () => S3FilesAccessPointConfiguration$, () => EfsAccessPointConfiguration$, () => CapacityProviderVolumeConfiguration$]
];
var FilterValue$ = [4, n0, _FV,
    0,
    [_sVt, _dVo, _bVo],
    [0, 1, 2]
];
var GatewayProtocolConfiguration$ = [4, n0, _GPC,
    0,
    [_mc],
    [[() => MCPGatewayConfiguration$, 0]]
];
var HarnessEnvironmentArtifact$ = [4, n0, _HEA,
    0,
    [_cCon],
    [() => ContainerConfiguration$]
];
var HarnessEnvironmentProvider$ = [4, n0, _HEP,
    0,
    [_aCRE],
    [() => HarnessAgentCoreRuntimeEnvironment$]
];
var HarnessEnvironmentProviderRequest$ = [4, n0, _HEPR,
    0,
    [_aCRE],
    [() => HarnessAgentCoreRuntimeEnvironmentRequest$]
];
var HarnessGatewayOutboundAuth$ = [4, n0, _HGOA,
    0,
    [_aIw, _no, _oau],
    [() => __Unit, () => __Unit, [() => OAuthCredentialProvider$, 0]]
];
var HarnessHook$ = [4, n0, _HHa,
    0,
    [_bIe, _aIf, _bTC, _aTCf],
    [() => HarnessBeforeInvocationHook$, () => HarnessAfterInvocationHook$, () => HarnessBeforeToolCallHook$, () => HarnessAfterToolCallHook$]
];
var HarnessHookTarget$ = [4, n0, _HHT,
    0,
    [_lam, _sn, _eB],
    [() => HarnessHookLambdaTarget$, () => HarnessHookSnsTarget$, () => HarnessHookEventBridgeTarget$]
];
var HarnessMemoryConfiguration$ = [4, n0, _HMC,
    0,
    [_aCMC, _mMC, _dis],
    [() => HarnessAgentCoreMemoryConfiguration$, () => HarnessManagedMemoryConfiguration$, () => HarnessDisabledMemoryConfiguration$]
];
var HarnessModelConfiguration$ = [4, n0, _HMCa,
    0,
    [_bMC, _oAMC, _gMC, _lLMC],
    [() => HarnessBedrockModelConfig$, [() => HarnessOpenAiModelConfig$, 0], () => HarnessGeminiModelConfig$, [() => HarnessLiteLlmModelConfig$, 0]]
];
var HarnessSkill$ = [4, n0, _HSarn,
    0,
    [_p, _s_, _g, _aSw],
    [0, () => HarnessSkillS3Source$, () => HarnessSkillGitSource$, () => HarnessSkillAwsSkillsSource$]
];
var HarnessSystemContentBlock$ = [4, n0, _HSCB,
    0,
    [_tex],
    [[() => SensitiveText, 0]]
];
var HarnessToolConfiguration$ = [4, n0, _HTCa,
    0,
    [_rM, _aCB, _aCG, _iF, _aCCI],
    [[() => HarnessRemoteMcpConfig$, 0], () => HarnessAgentCoreBrowserConfig$, [() => HarnessAgentCoreGatewayConfig$, 0], [() => HarnessInlineFunctionConfig$, 0], () => HarnessAgentCoreCodeInterpreterConfig$]
];
var HarnessTruncationStrategyConfiguration$ = [4, n0, _HTSC,
    0,
    [_sW, _sum],
    [() => HarnessSlidingWindowConfiguration$, () => HarnessSummarizationConfiguration$]
];
var HttpTargetConfiguration$ = [4, n0, _HTCt,
    0,
    [_aRg, _pas, _conne],
    [[() => RuntimeTargetConfiguration$, 0], [() => PassthroughTargetConfiguration$, 0], () => HttpConnectorTargetConfiguration$]
];
var InferenceTargetConfiguration$ = [4, n0, _ITC,
    0,
    [_conne, _pro],
    [() => InferenceConnectorTargetConfiguration$, () => InferenceProviderTargetConfiguration$]
];
var InterceptorConfiguration$ = [4, n0, _ICnt,
    0,
    [_lam],
    [() => LambdaInterceptorConfiguration$]
];
var InterceptorPayloadExclusionSelector$ = [4, n0, _IPES,
    0,
    [_fie],
    [0]
];
var LaunchTemplateSource$ = [4, n0, _LTS,
    0,
    [_lP],
    [() => LaunchParameters$]
];
var MatchPrincipalEntry$ = [4, n0, _MPEa,
    0,
    [_iPa],
    [() => IamPrincipal$]
];
var McpTargetConfiguration$ = [4, n0, _MTC,
    0,
    [_oAS, _sMm, _lam, _mSc, _aG, _conne],
    [[() => ApiSchemaConfiguration$, 0], [() => ApiSchemaConfiguration$, 0], [() => McpLambdaTargetConfiguration$, 0], [() => McpServerTargetConfiguration$, 0], () => ApiGatewayTargetConfiguration$, () => ConnectorTargetConfiguration$]
];
var McpToolSchemaConfiguration$ = [4, n0, _MTSC,
    0,
    [_s_, _iPn],
    [() => S3Configuration$, [() => InlinePayload, 0]]
];
var MemoryStrategyInput$ = [4, n0, _MSI,
    0,
    [_sMS, _sMSu, _uPMS, _cMS, _eMS],
    [[() => SemanticMemoryStrategyInput$, 0], [() => SummaryMemoryStrategyInput$, 0], [() => UserPreferenceMemoryStrategyInput$, 0], [() => CustomMemoryStrategyInput$, 0], [() => EpisodicMemoryStrategyInput$, 0]]
];
var ModifyConsolidationConfiguration$ = [4, n0, _MCC,
    0,
    [_cCC],
    [[() => CustomConsolidationConfigurationInput$, 0]]
];
var ModifyExtractionConfiguration$ = [4, n0, _MEC,
    0,
    [_cEC],
    [[() => CustomExtractionConfigurationInput$, 0]]
];
var ModifyReflectionConfiguration$ = [4, n0, _MRC,
    0,
    [_eRC, _cRC],
    [[() => EpisodicReflectionConfigurationInput$, 0], [() => CustomReflectionConfigurationInput$, 0]]
];
var Oauth2Discovery$ = [4, n0, _OD,
    0,
    [_dU, _aSMu],
    [0, () => Oauth2AuthorizationServerMetadata$]
];
var Oauth2ProviderConfigInput$ = [4, n0, _OPCI,
    0,
    [_cOPC, _gOPC, _gOPCi, _sOPC, _sOPCa, _mOPC, _aOPC, _lOPC, _iOPC],
    [[() => CustomOauth2ProviderConfigInput$, 0], [() => GoogleOauth2ProviderConfigInput$, 0], [() => GithubOauth2ProviderConfigInput$, 0], [() => SlackOauth2ProviderConfigInput$, 0], [() => SalesforceOauth2ProviderConfigInput$, 0], [() => MicrosoftOauth2ProviderConfigInput$, 0], [() => AtlassianOauth2ProviderConfigInput$, 0], [() => LinkedinOauth2ProviderConfigInput$, 0], [() => IncludedOauth2ProviderConfigInput$, 0]]
];
var Oauth2ProviderConfigOutput$ = [4, n0, _OPCO,
    0,
    [_cOPC, _gOPC, _gOPCi, _sOPC, _sOPCa, _mOPC, _aOPC, _lOPC, _iOPC],
    [[() => CustomOauth2ProviderConfigOutput$, 0], () => GoogleOauth2ProviderConfigOutput$, () => GithubOauth2ProviderConfigOutput$, () => SlackOauth2ProviderConfigOutput$, () => SalesforceOauth2ProviderConfigOutput$, () => MicrosoftOauth2ProviderConfigOutput$, () => AtlassianOauth2ProviderConfigOutput$, () => LinkedinOauth2ProviderConfigOutput$, () => IncludedOauth2ProviderConfigOutput$]
];
var PaymentProviderConfigurationInput$ = [4, n0, _PPCI,
    0,
    [_cCCo, _sPC],
    [[() => CoinbaseCdpConfigurationInput$, 0], [() => StripePrivyConfigurationInput$, 0]]
];
var PaymentProviderConfigurationOutput$ = [4, n0, _PPCO,
    0,
    [_cCCo, _sPC],
    [() => CoinbaseCdpConfigurationOutput$, () => StripePrivyConfigurationOutput$]
];
var PolicyDefinition$ = [4, n0, _PD,
    0,
    [_ced, _pGo, _po],
    [() => CedarPolicy$, () => PolicyGenerationDetails$, () => PolicyStatement$]
];
var PrivateEndpoint$ = [4, n0, _PEr,
    0,
    [_sMLR, _mVR],
    [() => SelfManagedLatticeResource$, () => ManagedVpcResource$]
];
var PrivateKeySource$ = [4, n0, _PKS,
    0,
    [_kKS],
    [() => KmsKeySourceType$]
];
var RatingScale$ = [4, n0, _RSa,
    8,
    [_nu, _ca],
    [() => NumericalScaleDefinitions, () => CategoricalScaleDefinitions]
];
var ReflectionConfiguration$ = [4, n0, _RCef,
    0,
    [_cRC, _eRC],
    [[() => CustomReflectionConfiguration$, 0], [() => EpisodicReflectionConfiguration$, 0]]
];
var RegistryRecordCredentialProviderUnion$ = [4, n0, _RRCPU,
    0,
    [_oCP, _iCP],
    [() => RegistryRecordOAuthCredentialProvider$, () => RegistryRecordIamCredentialProvider$]
];
var RequestHeaderConfiguration$ = [4, n0, _RHC,
    0,
    [_rHA],
    [64 | 0]
];
var Resource$ = [4, n0, _Re,
    0,
    [_ar],
    [0]
];
var ResourceLocation$ = [4, n0, _RL,
    0,
    [_s_],
    [() => S3Location$]
];
var RouteToTargetAction$ = [4, n0, _RTTA,
    0,
    [_sRta, _wR],
    [[() => StaticRoute$, 0], [() => WeightedRoute$, 0]]
];
var SelfManagedLatticeResource$ = [4, n0, _SMLR,
    0,
    [_rCI],
    [0]
];
var StreamDeliveryResource$ = [4, n0, _SDRt,
    0,
    [_ki],
    [() => KinesisResource$]
];
var TargetConfiguration$ = [4, n0, _TC,
    0,
    [_mc, _ht, _inf],
    [[() => McpTargetConfiguration$, 0], [() => HttpTargetConfiguration$, 0], () => InferenceTargetConfiguration$]
];
var ToolSchema$ = [4, n0, _TSo,
    0,
    [_s_, _iPn],
    [() => S3Configuration$, [() => ToolDefinitions, 0]]
];
var ToolsFileSystemConfiguration$ = [4, n0, _TFSCo,
    0,
    [_sFC, _eCf],
    [() => S3FilesConfiguration$, () => EfsConfiguration$]
];
var TriggerCondition$ = [4, n0, _TCr,
    0,
    [_mBT, _tBT, _tBTi],
    [() => MessageBasedTrigger$, () => TokenBasedTrigger$, () => TimeBasedTrigger$]
];
var TriggerConditionInput$ = [4, n0, _TCI,
    0,
    [_mBT, _tBT, _tBTi],
    [() => MessageBasedTriggerInput$, () => TokenBasedTriggerInput$, () => TimeBasedTriggerInput$]
];
var Validation$ = [4, n0, _V,
    0,
    [_sVtr, _sLV, _nV],
    [() => StringValidation$, () => StringListValidation$, () => NumberValidation$]
];
var VolumeConfiguration$ = [4, n0, _VCo,
    0,
    [_eCb],
    [() => EbsVolumeConfiguration$]
];
var AddDatasetExamples$ = [9, n0, _ADEd,
    { [_ht]: ["POST", "/datasets/{datasetId}/examples/add", 202] }, () => AddDatasetExamplesRequest$, () => AddDatasetExamplesResponse$
];
var BatchPutGatewayRateLimits$ = [9, n0, _BPGRL,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/rate-limits/batch", 200] }, () => BatchPutGatewayRateLimitsRequest$, () => BatchPutGatewayRateLimitsResponse$
];
var CreateAgentRuntime$ = [9, n0, _CAR,
    { [_ht]: ["PUT", "/runtimes/", 202] }, () => CreateAgentRuntimeRequest$, () => CreateAgentRuntimeResponse$
];
var CreateAgentRuntimeEndpoint$ = [9, n0, _CARE,
    { [_ht]: ["PUT", "/runtimes/{agentRuntimeId}/runtime-endpoints/", 202] }, () => CreateAgentRuntimeEndpointRequest$, () => CreateAgentRuntimeEndpointResponse$
];
var CreateApiKeyCredentialProvider$ = [9, n0, _CAKCP,
    { [_ht]: ["POST", "/identities/CreateApiKeyCredentialProvider", 201] }, () => CreateApiKeyCredentialProviderRequest$, () => CreateApiKeyCredentialProviderResponse$
];
var CreateBrowser$ = [9, n0, _CB,
    { [_ht]: ["PUT", "/browsers", 202] }, () => CreateBrowserRequest$, () => CreateBrowserResponse$
];
var CreateBrowserProfile$ = [9, n0, _CBP,
    { [_ht]: ["PUT", "/browser-profiles", 200] }, () => CreateBrowserProfileRequest$, () => CreateBrowserProfileResponse$
];
var CreateCapacityProvider$ = [9, n0, _CCP,
    { [_ht]: ["PUT", "/capacity-providers", 202] }, () => CreateCapacityProviderInput$, () => CreateCapacityProviderOutput$
];
var CreateCodeInterpreter$ = [9, n0, _CCIr,
    { [_ht]: ["PUT", "/code-interpreters", 202] }, () => CreateCodeInterpreterRequest$, () => CreateCodeInterpreterResponse$
];
var CreateConfigurationBundle$ = [9, n0, _CCB,
    { [_ht]: ["POST", "/configuration-bundles/create", 201] }, () => CreateConfigurationBundleRequest$, () => CreateConfigurationBundleResponse$
];
var CreateConsentPortal$ = [9, n0, _CCPr,
    { [_ht]: ["POST", "/identities/CreateConsentPortal", 202] }, () => CreateConsentPortalRequest$, () => CreateConsentPortalResponse$
];
var CreateDataset$ = [9, n0, _CDr,
    { [_ht]: ["POST", "/datasets", 202] }, () => CreateDatasetRequest$, () => CreateDatasetResponse$
];
var CreateDatasetVersion$ = [9, n0, _CDV,
    { [_ht]: ["POST", "/datasets/{datasetId}/versions", 202] }, () => CreateDatasetVersionRequest$, () => CreateDatasetVersionResponse$
];
var CreateEvaluator$ = [9, n0, _CEr,
    { [_ht]: ["POST", "/evaluators/create", 202] }, () => CreateEvaluatorRequest$, () => CreateEvaluatorResponse$
];
var CreateGateway$ = [9, n0, _CG,
    { [_ht]: ["POST", "/gateways/", 202] }, () => CreateGatewayRequest$, () => CreateGatewayResponse$
];
var CreateGatewayRateLimit$ = [9, n0, _CGRL,
    { [_ht]: ["POST", "/gateways/{gatewayIdentifier}/rate-limits", 201] }, () => CreateGatewayRateLimitRequest$, () => CreateGatewayRateLimitResponse$
];
var CreateGatewayRule$ = [9, n0, _CGRre,
    { [_ht]: ["POST", "/gateways/{gatewayIdentifier}/rules", 202] }, () => CreateGatewayRuleRequest$, () => CreateGatewayRuleResponse$
];
var CreateGatewayTarget$ = [9, n0, _CGT,
    { [_ht]: ["POST", "/gateways/{gatewayIdentifier}/targets/", 202] }, () => CreateGatewayTargetRequest$, () => CreateGatewayTargetResponse$
];
var CreateHarness$ = [9, n0, _CH,
    { [_ht]: ["POST", "/harnesses", 201] }, () => CreateHarnessRequest$, () => CreateHarnessResponse$
];
var CreateHarnessEndpoint$ = [9, n0, _CHE,
    { [_ht]: ["POST", "/harnesses/{harnessId}/endpoints", 201] }, () => CreateHarnessEndpointRequest$, () => CreateHarnessEndpointResponse$
];
var CreateMemory$ = [9, n0, _CM,
    { [_ht]: ["POST", "/memories/create", 202] }, () => CreateMemoryInput$, () => CreateMemoryOutput$
];
var CreateOauth2CredentialProvider$ = [9, n0, _COCP,
    { [_ht]: ["POST", "/identities/CreateOauth2CredentialProvider", 201] }, () => CreateOauth2CredentialProviderRequest$, () => CreateOauth2CredentialProviderResponse$
];
var CreateOnlineEvaluationConfig$ = [9, n0, _COEC,
    { [_ht]: ["POST", "/online-evaluation-configs/create", 202] }, () => CreateOnlineEvaluationConfigRequest$, () => CreateOnlineEvaluationConfigResponse$
];
var CreatePaymentConnector$ = [9, n0, _CPCrea,
    { [_ht]: ["POST", "/payments/managers/{paymentManagerId}/connectors", 202] }, () => CreatePaymentConnectorRequest$, () => CreatePaymentConnectorResponse$
];
var CreatePaymentCredentialProvider$ = [9, n0, _CPCP,
    { [_ht]: ["POST", "/identities/CreatePaymentCredentialProvider", 201] }, () => CreatePaymentCredentialProviderRequest$, () => CreatePaymentCredentialProviderResponse$
];
var CreatePaymentManager$ = [9, n0, _CPM,
    { [_ht]: ["POST", "/payments/managers", 202] }, () => CreatePaymentManagerRequest$, () => CreatePaymentManagerResponse$
];
var CreatePolicy$ = [9, n0, _CPre,
    { [_ht]: ["POST", "/policy-engines/{policyEngineId}/policies", 202] }, () => CreatePolicyRequest$, () => CreatePolicyResponse$
];
var CreatePolicyEngine$ = [9, n0, _CPE,
    { [_ht]: ["POST", "/policy-engines", 202] }, () => CreatePolicyEngineRequest$, () => CreatePolicyEngineResponse$
];
var CreateRegistry$ = [9, n0, _CR,
    { [_ht]: ["POST", "/registries", 202] }, () => CreateRegistryRequest$, () => CreateRegistryResponse$
];
var CreateRegistryRecord$ = [9, n0, _CRRre,
    { [_ht]: ["POST", "/registries/{registryId}/records", 202] }, () => CreateRegistryRecordRequest$, () => CreateRegistryRecordResponse$
];
var CreateWorkloadIdentity$ = [9, n0, _CWI,
    { [_ht]: ["POST", "/identities/CreateWorkloadIdentity", 201] }, () => CreateWorkloadIdentityRequest$, () => CreateWorkloadIdentityResponse$
];
var DeleteAgentRuntime$ = [9, n0, _DAR,
    { [_ht]: ["DELETE", "/runtimes/{agentRuntimeId}/", 202] }, () => DeleteAgentRuntimeRequest$, () => DeleteAgentRuntimeResponse$
];
var DeleteAgentRuntimeEndpoint$ = [9, n0, _DARE,
    { [_ht]: ["DELETE", "/runtimes/{agentRuntimeId}/runtime-endpoints/{endpointName}/", 202] }, () => DeleteAgentRuntimeEndpointRequest$, () => DeleteAgentRuntimeEndpointResponse$
];
var DeleteApiKeyCredentialProvider$ = [9, n0, _DAKCP,
    { [_ht]: ["POST", "/identities/DeleteApiKeyCredentialProvider", 204] }, () => DeleteApiKeyCredentialProviderRequest$, () => DeleteApiKeyCredentialProviderResponse$
];
var DeleteBrowser$ = [9, n0, _DB,
    { [_ht]: ["DELETE", "/browsers/{browserId}", 202] }, () => DeleteBrowserRequest$, () => DeleteBrowserResponse$
];
var DeleteBrowserProfile$ = [9, n0, _DBP,
    { [_ht]: ["DELETE", "/browser-profiles/{profileId}", 200] }, () => DeleteBrowserProfileRequest$, () => DeleteBrowserProfileResponse$
];
var DeleteCapacityProvider$ = [9, n0, _DCP,
    { [_ht]: ["DELETE", "/capacity-providers/{capacityProviderId}", 202] }, () => DeleteCapacityProviderInput$, () => DeleteCapacityProviderOutput$
];
var DeleteCodeInterpreter$ = [9, n0, _DCI,
    { [_ht]: ["DELETE", "/code-interpreters/{codeInterpreterId}", 202] }, () => DeleteCodeInterpreterRequest$, () => DeleteCodeInterpreterResponse$
];
var DeleteConfigurationBundle$ = [9, n0, _DCB,
    { [_ht]: ["DELETE", "/configuration-bundles/{bundleId}", 202] }, () => DeleteConfigurationBundleRequest$, () => DeleteConfigurationBundleResponse$
];
var DeleteConsentPortal$ = [9, n0, _DCPe,
    { [_ht]: ["POST", "/identities/DeleteConsentPortal", 204] }, () => DeleteConsentPortalRequest$, () => DeleteConsentPortalResponse$
];
var DeleteDataset$ = [9, n0, _DD,
    { [_ht]: ["DELETE", "/datasets/{datasetId}", 202] }, () => DeleteDatasetRequest$, () => DeleteDatasetResponse$
];
var DeleteDatasetExamples$ = [9, n0, _DDE,
    { [_ht]: ["POST", "/datasets/{datasetId}/examples/delete", 202] }, () => DeleteDatasetExamplesRequest$, () => DeleteDatasetExamplesResponse$
];
var DeleteEvaluator$ = [9, n0, _DE,
    { [_ht]: ["DELETE", "/evaluators/{evaluatorId}", 202] }, () => DeleteEvaluatorRequest$, () => DeleteEvaluatorResponse$
];
var DeleteGateway$ = [9, n0, _DG,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/", 202] }, () => DeleteGatewayRequest$, () => DeleteGatewayResponse$
];
var DeleteGatewayRateLimit$ = [9, n0, _DGRL,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/rate-limits/{rateLimitId}", 200] }, () => DeleteGatewayRateLimitRequest$, () => DeleteGatewayRateLimitResponse$
];
var DeleteGatewayRule$ = [9, n0, _DGRel,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/rules/{ruleId}", 202] }, () => DeleteGatewayRuleRequest$, () => DeleteGatewayRuleResponse$
];
var DeleteGatewayTarget$ = [9, n0, _DGT,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/targets/{targetId}/", 202] }, () => DeleteGatewayTargetRequest$, () => DeleteGatewayTargetResponse$
];
var DeleteHarness$ = [9, n0, _DH,
    { [_ht]: ["DELETE", "/harnesses/{harnessId}", 200] }, () => DeleteHarnessRequest$, () => DeleteHarnessResponse$
];
var DeleteHarnessEndpoint$ = [9, n0, _DHE,
    { [_ht]: ["DELETE", "/harnesses/{harnessId}/endpoints/{endpointName}", 200] }, () => DeleteHarnessEndpointRequest$, () => DeleteHarnessEndpointResponse$
];
var DeleteMemory$ = [9, n0, _DM,
    { [_ht]: ["DELETE", "/memories/{memoryId}/delete", 202] }, () => DeleteMemoryInput$, () => DeleteMemoryOutput$
];
var DeleteOauth2CredentialProvider$ = [9, n0, _DOCP,
    { [_ht]: ["POST", "/identities/DeleteOauth2CredentialProvider", 204] }, () => DeleteOauth2CredentialProviderRequest$, () => DeleteOauth2CredentialProviderResponse$
];
var DeleteOnlineEvaluationConfig$ = [9, n0, _DOEC,
    { [_ht]: ["DELETE", "/online-evaluation-configs/{onlineEvaluationConfigId}", 202] }, () => DeleteOnlineEvaluationConfigRequest$, () => DeleteOnlineEvaluationConfigResponse$
];
var DeletePaymentConnector$ = [9, n0, _DPC,
    { [_ht]: ["DELETE", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}", 202] }, () => DeletePaymentConnectorRequest$, () => DeletePaymentConnectorResponse$
];
var DeletePaymentCredentialProvider$ = [9, n0, _DPCP,
    { [_ht]: ["POST", "/identities/DeletePaymentCredentialProvider", 204] }, () => DeletePaymentCredentialProviderRequest$, () => DeletePaymentCredentialProviderResponse$
];
var DeletePaymentManager$ = [9, n0, _DPM,
    { [_ht]: ["DELETE", "/payments/managers/{paymentManagerId}", 202] }, () => DeletePaymentManagerRequest$, () => DeletePaymentManagerResponse$
];
var DeletePolicy$ = [9, n0, _DP,
    { [_ht]: ["DELETE", "/policy-engines/{policyEngineId}/policies/{policyId}", 202] }, () => DeletePolicyRequest$, () => DeletePolicyResponse$
];
var DeletePolicyEngine$ = [9, n0, _DPE,
    { [_ht]: ["DELETE", "/policy-engines/{policyEngineId}", 202] }, () => DeletePolicyEngineRequest$, () => DeletePolicyEngineResponse$
];
var DeleteRegistry$ = [9, n0, _DR,
    { [_ht]: ["DELETE", "/registries/{registryId}", 202] }, () => DeleteRegistryRequest$, () => DeleteRegistryResponse$
];
var DeleteRegistryRecord$ = [9, n0, _DRRel,
    { [_ht]: ["DELETE", "/registries/{registryId}/records/{recordId}", 200] }, () => DeleteRegistryRecordRequest$, () => DeleteRegistryRecordResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_ht]: ["DELETE", "/resourcepolicy/{resourceArn}", 204] }, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeleteWorkloadIdentity$ = [9, n0, _DWI,
    { [_ht]: ["POST", "/identities/DeleteWorkloadIdentity", 204] }, () => DeleteWorkloadIdentityRequest$, () => DeleteWorkloadIdentityResponse$
];
var GetAgentRuntime$ = [9, n0, _GAR,
    { [_ht]: ["GET", "/runtimes/{agentRuntimeId}/", 200] }, () => GetAgentRuntimeRequest$, () => GetAgentRuntimeResponse$
];
var GetAgentRuntimeEndpoint$ = [9, n0, _GARE,
    { [_ht]: ["GET", "/runtimes/{agentRuntimeId}/runtime-endpoints/{endpointName}/", 200] }, () => GetAgentRuntimeEndpointRequest$, () => GetAgentRuntimeEndpointResponse$
];
var GetApiKeyCredentialProvider$ = [9, n0, _GAKCPe,
    { [_ht]: ["POST", "/identities/GetApiKeyCredentialProvider", 200] }, () => GetApiKeyCredentialProviderRequest$, () => GetApiKeyCredentialProviderResponse$
];
var GetBrowser$ = [9, n0, _GB,
    { [_ht]: ["GET", "/browsers/{browserId}", 200] }, () => GetBrowserRequest$, () => GetBrowserResponse$
];
var GetBrowserProfile$ = [9, n0, _GBP,
    { [_ht]: ["GET", "/browser-profiles/{profileId}", 200] }, () => GetBrowserProfileRequest$, () => GetBrowserProfileResponse$
];
var GetCapacityProvider$ = [9, n0, _GCP,
    { [_ht]: ["GET", "/capacity-providers/{capacityProviderId}", 200] }, () => GetCapacityProviderInput$, () => GetCapacityProviderOutput$
];
var GetCodeInterpreter$ = [9, n0, _GCI,
    { [_ht]: ["GET", "/code-interpreters/{codeInterpreterId}", 200] }, () => GetCodeInterpreterRequest$, () => GetCodeInterpreterResponse$
];
var GetConfigurationBundle$ = [9, n0, _GCB,
    { [_ht]: ["GET", "/configuration-bundles/{bundleId}", 200] }, () => GetConfigurationBundleRequest$, () => GetConfigurationBundleResponse$
];
var GetConfigurationBundleVersion$ = [9, n0, _GCBV,
    { [_ht]: ["GET", "/configuration-bundles/{bundleId}/versions/{versionId}", 200] }, () => GetConfigurationBundleVersionRequest$, () => GetConfigurationBundleVersionResponse$
];
var GetConsentPortal$ = [9, n0, _GCPe,
    { [_ht]: ["POST", "/identities/GetConsentPortal", 200] }, () => GetConsentPortalRequest$, () => GetConsentPortalResponse$
];
var GetDataset$ = [9, n0, _GDe,
    { [_ht]: ["GET", "/datasets/{datasetId}", 200] }, () => GetDatasetRequest$, () => GetDatasetResponse$
];
var GetEvaluator$ = [9, n0, _GE,
    { [_ht]: ["GET", "/evaluators/{evaluatorId}", 200] }, () => GetEvaluatorRequest$, () => GetEvaluatorResponse$
];
var GetGateway$ = [9, n0, _GG,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/", 200] }, () => GetGatewayRequest$, () => GetGatewayResponse$
];
var GetGatewayRateLimit$ = [9, n0, _GGRL,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rate-limits/{rateLimitId}", 200] }, () => GetGatewayRateLimitRequest$, () => GetGatewayRateLimitResponse$
];
var GetGatewayRule$ = [9, n0, _GGRet,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rules/{ruleId}", 200] }, () => GetGatewayRuleRequest$, () => GetGatewayRuleResponse$
];
var GetGatewayTarget$ = [9, n0, _GGT,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/targets/{targetId}/", 200] }, () => GetGatewayTargetRequest$, () => GetGatewayTargetResponse$
];
var GetHarness$ = [9, n0, _GH,
    { [_ht]: ["GET", "/harnesses/{harnessId}", 200] }, () => GetHarnessRequest$, () => GetHarnessResponse$
];
var GetHarnessEndpoint$ = [9, n0, _GHE,
    { [_ht]: ["GET", "/harnesses/{harnessId}/endpoints/{endpointName}", 200] }, () => GetHarnessEndpointRequest$, () => GetHarnessEndpointResponse$
];
var GetMemory$ = [9, n0, _GM,
    { [_ht]: ["GET", "/memories/{memoryId}/details", 200] }, () => GetMemoryInput$, () => GetMemoryOutput$
];
var GetOauth2CredentialProvider$ = [9, n0, _GOCP,
    { [_ht]: ["POST", "/identities/GetOauth2CredentialProvider", 200] }, () => GetOauth2CredentialProviderRequest$, () => GetOauth2CredentialProviderResponse$
];
var GetOnlineEvaluationConfig$ = [9, n0, _GOEC,
    { [_ht]: ["GET", "/online-evaluation-configs/{onlineEvaluationConfigId}", 200] }, () => GetOnlineEvaluationConfigRequest$, () => GetOnlineEvaluationConfigResponse$
];
var GetPaymentConnector$ = [9, n0, _GPCe,
    { [_ht]: ["GET", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}", 200] }, () => GetPaymentConnectorRequest$, () => GetPaymentConnectorResponse$
];
var GetPaymentCredentialProvider$ = [9, n0, _GPCP,
    { [_ht]: ["POST", "/identities/GetPaymentCredentialProvider", 200] }, () => GetPaymentCredentialProviderRequest$, () => GetPaymentCredentialProviderResponse$
];
var GetPaymentManager$ = [9, n0, _GPM,
    { [_ht]: ["GET", "/payments/managers/{paymentManagerId}", 200] }, () => GetPaymentManagerRequest$, () => GetPaymentManagerResponse$
];
var GetPolicy$ = [9, n0, _GP,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policies/{policyId}", 200] }, () => GetPolicyRequest$, () => GetPolicyResponse$
];
var GetPolicyEngine$ = [9, n0, _GPE,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}", 200] }, () => GetPolicyEngineRequest$, () => GetPolicyEngineResponse$
];
var GetPolicyEngineSummary$ = [9, n0, _GPES,
    { [_ht]: ["GET", "/policy-engine-summaries/{policyEngineId}", 200] }, () => GetPolicyEngineSummaryRequest$, () => GetPolicyEngineSummaryResponse$
];
var GetPolicyGeneration$ = [9, n0, _GPG,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generations/{policyGenerationId}", 200] }, () => GetPolicyGenerationRequest$, () => GetPolicyGenerationResponse$
];
var GetPolicyGenerationSummary$ = [9, n0, _GPGS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generation-summaries/{policyGenerationId}", 200] }, () => GetPolicyGenerationSummaryRequest$, () => GetPolicyGenerationSummaryResponse$
];
var GetPolicySummary$ = [9, n0, _GPS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-summaries/{policyId}", 200] }, () => GetPolicySummaryRequest$, () => GetPolicySummaryResponse$
];
var GetRegistry$ = [9, n0, _GRe,
    { [_ht]: ["GET", "/registries/{registryId}", 200] }, () => GetRegistryRequest$, () => GetRegistryResponse$
];
var GetRegistryRecord$ = [9, n0, _GRRet,
    { [_ht]: ["GET", "/registries/{registryId}/records/{recordId}", 200] }, () => GetRegistryRecordRequest$, () => GetRegistryRecordResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    { [_ht]: ["GET", "/resourcepolicy/{resourceArn}", 200] }, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetTokenVault$ = [9, n0, _GTV,
    { [_ht]: ["POST", "/identities/get-token-vault", 200] }, () => GetTokenVaultRequest$, () => GetTokenVaultResponse$
];
var GetWorkloadIdentity$ = [9, n0, _GWI,
    { [_ht]: ["POST", "/identities/GetWorkloadIdentity", 200] }, () => GetWorkloadIdentityRequest$, () => GetWorkloadIdentityResponse$
];
var ListAgentRuntimeEndpoints$ = [9, n0, _LARE,
    { [_ht]: ["POST", "/runtimes/{agentRuntimeId}/runtime-endpoints/", 200] }, () => ListAgentRuntimeEndpointsRequest$, () => ListAgentRuntimeEndpointsResponse$
];
var ListAgentRuntimes$ = [9, n0, _LAR,
    { [_ht]: ["POST", "/runtimes/", 200] }, () => ListAgentRuntimesRequest$, () => ListAgentRuntimesResponse$
];
var ListAgentRuntimeVersions$ = [9, n0, _LARV,
    { [_ht]: ["POST", "/runtimes/{agentRuntimeId}/versions/", 200] }, () => ListAgentRuntimeVersionsRequest$, () => ListAgentRuntimeVersionsResponse$
];
var ListAgentRuntimeVersionsByCapacityProvider$ = [9, n0, _LARVBCP,
    { [_ht]: ["POST", "/capacity-providers/{capacityProviderId}/runtime-versions", 200] }, () => ListAgentRuntimeVersionsByCapacityProviderInput$, () => ListAgentRuntimeVersionsByCapacityProviderOutput$
];
var ListApiKeyCredentialProviders$ = [9, n0, _LAKCP,
    { [_ht]: ["POST", "/identities/ListApiKeyCredentialProviders", 200] }, () => ListApiKeyCredentialProvidersRequest$, () => ListApiKeyCredentialProvidersResponse$
];
var ListBrowserProfiles$ = [9, n0, _LBP,
    { [_ht]: ["POST", "/browser-profiles", 200] }, () => ListBrowserProfilesRequest$, () => ListBrowserProfilesResponse$
];
var ListBrowsers$ = [9, n0, _LB,
    { [_ht]: ["POST", "/browsers", 200] }, () => ListBrowsersRequest$, () => ListBrowsersResponse$
];
var ListCapacityProviders$ = [9, n0, _LCP,
    { [_ht]: ["POST", "/capacity-providers", 200] }, () => ListCapacityProvidersInput$, () => ListCapacityProvidersOutput$
];
var ListCodeInterpreters$ = [9, n0, _LCI,
    { [_ht]: ["POST", "/code-interpreters", 200] }, () => ListCodeInterpretersRequest$, () => ListCodeInterpretersResponse$
];
var ListConfigurationBundles$ = [9, n0, _LCB,
    { [_ht]: ["POST", "/configuration-bundles", 200] }, () => ListConfigurationBundlesRequest$, () => ListConfigurationBundlesResponse$
];
var ListConfigurationBundleVersions$ = [9, n0, _LCBV,
    { [_ht]: ["POST", "/configuration-bundles/{bundleId}/versions", 200] }, () => ListConfigurationBundleVersionsRequest$, () => ListConfigurationBundleVersionsResponse$
];
var ListConsentPortals$ = [9, n0, _LCPi,
    { [_ht]: ["POST", "/identities/ListConsentPortals", 200] }, () => ListConsentPortalsRequest$, () => ListConsentPortalsResponse$
];
var ListDatasetExamples$ = [9, n0, _LDE,
    { [_ht]: ["GET", "/datasets/{datasetId}/examples", 200] }, () => ListDatasetExamplesRequest$, () => ListDatasetExamplesResponse$
];
var ListDatasets$ = [9, n0, _LD,
    { [_ht]: ["GET", "/datasets", 200] }, () => ListDatasetsRequest$, () => ListDatasetsResponse$
];
var ListDatasetVersions$ = [9, n0, _LDV,
    { [_ht]: ["GET", "/datasets/{datasetId}/versions", 200] }, () => ListDatasetVersionsRequest$, () => ListDatasetVersionsResponse$
];
var ListEvaluators$ = [9, n0, _LEis,
    { [_ht]: ["POST", "/evaluators", 200] }, () => ListEvaluatorsRequest$, () => ListEvaluatorsResponse$
];
var ListGatewayRateLimits$ = [9, n0, _LGRL,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rate-limits", 200] }, () => ListGatewayRateLimitsRequest$, () => ListGatewayRateLimitsResponse$
];
var ListGatewayRules$ = [9, n0, _LGRis,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rules", 200] }, () => ListGatewayRulesRequest$, () => ListGatewayRulesResponse$
];
var ListGateways$ = [9, n0, _LG,
    { [_ht]: ["GET", "/gateways/", 200] }, () => ListGatewaysRequest$, () => ListGatewaysResponse$
];
var ListGatewayTargets$ = [9, n0, _LGT,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/targets/", 200] }, () => ListGatewayTargetsRequest$, () => ListGatewayTargetsResponse$
];
var ListHarnessEndpoints$ = [9, n0, _LHE,
    { [_ht]: ["GET", "/harnesses/{harnessId}/endpoints", 200] }, () => ListHarnessEndpointsRequest$, () => ListHarnessEndpointsResponse$
];
var ListHarnesses$ = [9, n0, _LH,
    { [_ht]: ["GET", "/harnesses", 200] }, () => ListHarnessesRequest$, () => ListHarnessesResponse$
];
var ListHarnessVersions$ = [9, n0, _LHV,
    { [_ht]: ["GET", "/harnesses/{harnessId}/versions", 200] }, () => ListHarnessVersionsRequest$, () => ListHarnessVersionsResponse$
];
var ListMemories$ = [9, n0, _LM,
    { [_ht]: ["POST", "/memories/", 200] }, () => ListMemoriesInput$, () => ListMemoriesOutput$
];
var ListOauth2CredentialProviders$ = [9, n0, _LOCP,
    { [_ht]: ["POST", "/identities/ListOauth2CredentialProviders", 200] }, () => ListOauth2CredentialProvidersRequest$, () => ListOauth2CredentialProvidersResponse$
];
var ListOnlineEvaluationConfigs$ = [9, n0, _LOEC,
    { [_ht]: ["POST", "/online-evaluation-configs", 200] }, () => ListOnlineEvaluationConfigsRequest$, () => ListOnlineEvaluationConfigsResponse$
];
var ListPaymentConnectors$ = [9, n0, _LPC,
    { [_ht]: ["POST", "/payments/managers/{paymentManagerId}/connectors-list", 200] }, () => ListPaymentConnectorsRequest$, () => ListPaymentConnectorsResponse$
];
var ListPaymentCredentialProviders$ = [9, n0, _LPCP,
    { [_ht]: ["POST", "/identities/ListPaymentCredentialProviders", 200] }, () => ListPaymentCredentialProvidersRequest$, () => ListPaymentCredentialProvidersResponse$
];
var ListPaymentManagers$ = [9, n0, _LPM,
    { [_ht]: ["POST", "/payments/managers-list", 200] }, () => ListPaymentManagersRequest$, () => ListPaymentManagersResponse$
];
var ListPolicies$ = [9, n0, _LPi,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policies", 200] }, () => ListPoliciesRequest$, () => ListPoliciesResponse$
];
var ListPolicyEngines$ = [9, n0, _LPE,
    { [_ht]: ["GET", "/policy-engines", 200] }, () => ListPolicyEnginesRequest$, () => ListPolicyEnginesResponse$
];
var ListPolicyEngineSummaries$ = [9, n0, _LPES,
    { [_ht]: ["GET", "/policy-engine-summaries", 200] }, () => ListPolicyEngineSummariesRequest$, () => ListPolicyEngineSummariesResponse$
];
var ListPolicyGenerationAssets$ = [9, n0, _LPGA,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generations/{policyGenerationId}/assets", 200] }, () => ListPolicyGenerationAssetsRequest$, () => ListPolicyGenerationAssetsResponse$
];
var ListPolicyGenerations$ = [9, n0, _LPG,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generations", 200] }, () => ListPolicyGenerationsRequest$, () => ListPolicyGenerationsResponse$
];
var ListPolicyGenerationSummaries$ = [9, n0, _LPGS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generation-summaries", 200] }, () => ListPolicyGenerationSummariesRequest$, () => ListPolicyGenerationSummariesResponse$
];
var ListPolicySummaries$ = [9, n0, _LPS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-summaries", 200] }, () => ListPolicySummariesRequest$, () => ListPolicySummariesResponse$
];
var ListRegistries$ = [9, n0, _LR,
    { [_ht]: ["GET", "/registries", 200] }, () => ListRegistriesRequest$, () => ListRegistriesResponse$
];
var ListRegistryRecords$ = [9, n0, _LRRis,
    { [_ht]: ["GET", "/registries/{registryId}/records", 200] }, () => ListRegistryRecordsRequest$, () => ListRegistryRecordsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_ht]: ["GET", "/tags/{resourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListWorkloadIdentities$ = [9, n0, _LWI,
    { [_ht]: ["POST", "/identities/ListWorkloadIdentities", 200] }, () => ListWorkloadIdentitiesRequest$, () => ListWorkloadIdentitiesResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    { [_ht]: ["PUT", "/resourcepolicy/{resourceArn}", 201] }, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var RotatePaymentConnectorCredentials$ = [9, n0, _RPCC,
    { [_ht]: ["POST", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}/rotate-credentials", 202] }, () => RotatePaymentConnectorCredentialsRequest$, () => RotatePaymentConnectorCredentialsResponse$
];
var SetTokenVaultCMK$ = [9, n0, _STVCMK,
    { [_ht]: ["POST", "/identities/set-token-vault-cmk", 200] }, () => SetTokenVaultCMKRequest$, () => SetTokenVaultCMKResponse$
];
var StartPolicyGeneration$ = [9, n0, _SPG,
    { [_ht]: ["POST", "/policy-engines/{policyEngineId}/policy-generations", 202] }, () => StartPolicyGenerationRequest$, () => StartPolicyGenerationResponse$
];
var SubmitRegistryRecordForApproval$ = [9, n0, _SRRFA,
    { [_ht]: ["POST", "/registries/{registryId}/records/{recordId}/submit-for-approval", 202] }, () => SubmitRegistryRecordForApprovalRequest$, () => SubmitRegistryRecordForApprovalResponse$
];
var SynchronizeGatewayTargets$ = [9, n0, _SGT,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/synchronizeTargets", 202] }, () => SynchronizeGatewayTargetsRequest$, () => SynchronizeGatewayTargetsResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_ht]: ["POST", "/tags/{resourceArn}", 204] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_ht]: ["DELETE", "/tags/{resourceArn}", 204] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAgentRuntime$ = [9, n0, _UAR,
    { [_ht]: ["PUT", "/runtimes/{agentRuntimeId}/", 202] }, () => UpdateAgentRuntimeRequest$, () => UpdateAgentRuntimeResponse$
];
var UpdateAgentRuntimeEndpoint$ = [9, n0, _UARE,
    { [_ht]: ["PUT", "/runtimes/{agentRuntimeId}/runtime-endpoints/{endpointName}/", 202] }, () => UpdateAgentRuntimeEndpointRequest$, () => UpdateAgentRuntimeEndpointResponse$
];
var UpdateApiKeyCredentialProvider$ = [9, n0, _UAKCP,
    { [_ht]: ["POST", "/identities/UpdateApiKeyCredentialProvider", 200] }, () => UpdateApiKeyCredentialProviderRequest$, () => UpdateApiKeyCredentialProviderResponse$
];
var UpdateCapacityProvider$ = [9, n0, _UCP,
    { [_ht]: ["PUT", "/capacity-providers/{capacityProviderId}", 202] }, () => UpdateCapacityProviderInput$, () => UpdateCapacityProviderOutput$
];
var UpdateConfigurationBundle$ = [9, n0, _UCB,
    { [_ht]: ["PUT", "/configuration-bundles/{bundleId}", 200] }, () => UpdateConfigurationBundleRequest$, () => UpdateConfigurationBundleResponse$
];
var UpdateConsentPortal$ = [9, n0, _UCPp,
    { [_ht]: ["POST", "/identities/UpdateConsentPortal", 202] }, () => UpdateConsentPortalRequest$, () => UpdateConsentPortalResponse$
];
var UpdateDataset$ = [9, n0, _UDpd,
    { [_ht]: ["PUT", "/datasets/{datasetId}", 200] }, () => UpdateDatasetRequest$, () => UpdateDatasetResponse$
];
var UpdateDatasetExamples$ = [9, n0, _UDE,
    { [_ht]: ["POST", "/datasets/{datasetId}/examples/update", 202] }, () => UpdateDatasetExamplesRequest$, () => UpdateDatasetExamplesResponse$
];
var UpdateEvaluator$ = [9, n0, _UEp,
    { [_ht]: ["PUT", "/evaluators/{evaluatorId}", 202] }, () => UpdateEvaluatorRequest$, () => UpdateEvaluatorResponse$
];
var UpdateGateway$ = [9, n0, _UG,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/", 202] }, () => UpdateGatewayRequest$, () => UpdateGatewayResponse$
];
var UpdateGatewayRateLimit$ = [9, n0, _UGRL,
    { [_ht]: ["PATCH", "/gateways/{gatewayIdentifier}/rate-limits/{rateLimitId}", 200] }, () => UpdateGatewayRateLimitRequest$, () => UpdateGatewayRateLimitResponse$
];
var UpdateGatewayRule$ = [9, n0, _UGRpd,
    { [_ht]: ["PATCH", "/gateways/{gatewayIdentifier}/rules/{ruleId}", 202] }, () => UpdateGatewayRuleRequest$, () => UpdateGatewayRuleResponse$
];
var UpdateGatewayTarget$ = [9, n0, _UGT,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/targets/{targetId}/", 202] }, () => UpdateGatewayTargetRequest$, () => UpdateGatewayTargetResponse$
];
var UpdateHarness$ = [9, n0, _UH,
    { [_ht]: ["PATCH", "/harnesses/{harnessId}", 200] }, () => UpdateHarnessRequest$, () => UpdateHarnessResponse$
];
var UpdateHarnessEndpoint$ = [9, n0, _UHE,
    { [_ht]: ["PATCH", "/harnesses/{harnessId}/endpoints/{endpointName}", 200] }, () => UpdateHarnessEndpointRequest$, () => UpdateHarnessEndpointResponse$
];
var UpdateMemory$ = [9, n0, _UM,
    { [_ht]: ["PUT", "/memories/{memoryId}/update", 202] }, () => UpdateMemoryInput$, () => UpdateMemoryOutput$
];
var UpdateOauth2CredentialProvider$ = [9, n0, _UOCP,
    { [_ht]: ["POST", "/identities/UpdateOauth2CredentialProvider", 200] }, () => UpdateOauth2CredentialProviderRequest$, () => UpdateOauth2CredentialProviderResponse$
];
var UpdateOnlineEvaluationConfig$ = [9, n0, _UOEC,
    { [_ht]: ["PUT", "/online-evaluation-configs/{onlineEvaluationConfigId}", 202] }, () => UpdateOnlineEvaluationConfigRequest$, () => UpdateOnlineEvaluationConfigResponse$
];
var UpdatePaymentConnector$ = [9, n0, _UPC,
    { [_ht]: ["PATCH", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}", 202] }, () => UpdatePaymentConnectorRequest$, () => UpdatePaymentConnectorResponse$
];
var UpdatePaymentCredentialProvider$ = [9, n0, _UPCP,
    { [_ht]: ["POST", "/identities/UpdatePaymentCredentialProvider", 200] }, () => UpdatePaymentCredentialProviderRequest$, () => UpdatePaymentCredentialProviderResponse$
];
var UpdatePaymentManager$ = [9, n0, _UPM,
    { [_ht]: ["PATCH", "/payments/managers/{paymentManagerId}", 202] }, () => UpdatePaymentManagerRequest$, () => UpdatePaymentManagerResponse$
];
var UpdatePolicy$ = [9, n0, _UP,
    { [_ht]: ["PATCH", "/policy-engines/{policyEngineId}/policies/{policyId}", 202] }, () => UpdatePolicyRequest$, () => UpdatePolicyResponse$
];
var UpdatePolicyEngine$ = [9, n0, _UPE,
    { [_ht]: ["PATCH", "/policy-engines/{policyEngineId}", 202] }, () => UpdatePolicyEngineRequest$, () => UpdatePolicyEngineResponse$
];
var UpdateRegistry$ = [9, n0, _URp,
    { [_ht]: ["PATCH", "/registries/{registryId}", 202] }, () => UpdateRegistryRequest$, () => UpdateRegistryResponse$
];
var UpdateRegistryRecord$ = [9, n0, _URRpda,
    { [_ht]: ["PATCH", "/registries/{registryId}/records/{recordId}", 202] }, () => UpdateRegistryRecordRequest$, () => UpdateRegistryRecordResponse$
];
var UpdateRegistryRecordStatus$ = [9, n0, _URRS,
    { [_ht]: ["PATCH", "/registries/{registryId}/records/{recordId}/status", 202] }, () => UpdateRegistryRecordStatusRequest$, () => UpdateRegistryRecordStatusResponse$
];
var UpdateWorkloadIdentity$ = [9, n0, _UWI,
    { [_ht]: ["POST", "/identities/UpdateWorkloadIdentity", 200] }, () => UpdateWorkloadIdentityRequest$, () => UpdateWorkloadIdentityResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2023-06-05",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBedrockAgentCoreControlHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.bedrockagentcorecontrol",
            errorTypeRegistries,
            version: "2023-06-05",
            serviceTarget: "AmazonBedrockAgentCoreControl",
        },
        serviceId: config?.serviceId ?? "Bedrock AgentCore Control",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class BedrockAgentCoreControlClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultBedrockAgentCoreControlHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AmazonBedrockAgentCoreControl", "BedrockAgentCoreControlClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddDatasetExamplesCommand extends command(_ep0, _mw0, "AddDatasetExamples", AddDatasetExamples$) {
}

class BatchPutGatewayRateLimitsCommand extends command(_ep0, _mw0, "BatchPutGatewayRateLimits", BatchPutGatewayRateLimits$) {
}

class CreateAgentRuntimeCommand extends command(_ep0, _mw0, "CreateAgentRuntime", CreateAgentRuntime$) {
}

class CreateAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "CreateAgentRuntimeEndpoint", CreateAgentRuntimeEndpoint$) {
}

class CreateApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "CreateApiKeyCredentialProvider", CreateApiKeyCredentialProvider$) {
}

class CreateBrowserCommand extends command(_ep0, _mw0, "CreateBrowser", CreateBrowser$) {
}

class CreateBrowserProfileCommand extends command(_ep0, _mw0, "CreateBrowserProfile", CreateBrowserProfile$) {
}

class CreateCapacityProviderCommand extends command(_ep0, _mw0, "CreateCapacityProvider", CreateCapacityProvider$) {
}

class CreateCodeInterpreterCommand extends command(_ep0, _mw0, "CreateCodeInterpreter", CreateCodeInterpreter$) {
}

class CreateConfigurationBundleCommand extends command(_ep0, _mw0, "CreateConfigurationBundle", CreateConfigurationBundle$) {
}

class CreateConsentPortalCommand extends command(_ep0, _mw0, "CreateConsentPortal", CreateConsentPortal$) {
}

class CreateDatasetCommand extends command(_ep0, _mw0, "CreateDataset", CreateDataset$) {
}

class CreateDatasetVersionCommand extends command(_ep0, _mw0, "CreateDatasetVersion", CreateDatasetVersion$) {
}

class CreateEvaluatorCommand extends command(_ep0, _mw0, "CreateEvaluator", CreateEvaluator$) {
}

class CreateGatewayCommand extends command(_ep0, _mw0, "CreateGateway", CreateGateway$) {
}

class CreateGatewayRateLimitCommand extends command(_ep0, _mw0, "CreateGatewayRateLimit", CreateGatewayRateLimit$) {
}

class CreateGatewayRuleCommand extends command(_ep0, _mw0, "CreateGatewayRule", CreateGatewayRule$) {
}

class CreateGatewayTargetCommand extends command(_ep0, _mw0, "CreateGatewayTarget", CreateGatewayTarget$) {
}

class CreateHarnessCommand extends command(_ep0, _mw0, "CreateHarness", CreateHarness$) {
}

class CreateHarnessEndpointCommand extends command(_ep0, _mw0, "CreateHarnessEndpoint", CreateHarnessEndpoint$) {
}

class CreateMemoryCommand extends command(_ep0, _mw0, "CreateMemory", CreateMemory$) {
}

class CreateOauth2CredentialProviderCommand extends command(_ep0, _mw0, "CreateOauth2CredentialProvider", CreateOauth2CredentialProvider$) {
}

class CreateOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "CreateOnlineEvaluationConfig", CreateOnlineEvaluationConfig$) {
}

class CreatePaymentConnectorCommand extends command(_ep0, _mw0, "CreatePaymentConnector", CreatePaymentConnector$) {
}

class CreatePaymentCredentialProviderCommand extends command(_ep0, _mw0, "CreatePaymentCredentialProvider", CreatePaymentCredentialProvider$) {
}

class CreatePaymentManagerCommand extends command(_ep0, _mw0, "CreatePaymentManager", CreatePaymentManager$) {
}

class CreatePolicyCommand extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
}

class CreatePolicyEngineCommand extends command(_ep0, _mw0, "CreatePolicyEngine", CreatePolicyEngine$) {
}

class CreateRegistryCommand extends command(_ep0, _mw0, "CreateRegistry", CreateRegistry$) {
}

class CreateRegistryRecordCommand extends command(_ep0, _mw0, "CreateRegistryRecord", CreateRegistryRecord$) {
}

class CreateWorkloadIdentityCommand extends command(_ep0, _mw0, "CreateWorkloadIdentity", CreateWorkloadIdentity$) {
}

class DeleteAgentRuntimeCommand extends command(_ep0, _mw0, "DeleteAgentRuntime", DeleteAgentRuntime$) {
}

class DeleteAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "DeleteAgentRuntimeEndpoint", DeleteAgentRuntimeEndpoint$) {
}

class DeleteApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "DeleteApiKeyCredentialProvider", DeleteApiKeyCredentialProvider$) {
}

class DeleteBrowserCommand extends command(_ep0, _mw0, "DeleteBrowser", DeleteBrowser$) {
}

class DeleteBrowserProfileCommand extends command(_ep0, _mw0, "DeleteBrowserProfile", DeleteBrowserProfile$) {
}

class DeleteCapacityProviderCommand extends command(_ep0, _mw0, "DeleteCapacityProvider", DeleteCapacityProvider$) {
}

class DeleteCodeInterpreterCommand extends command(_ep0, _mw0, "DeleteCodeInterpreter", DeleteCodeInterpreter$) {
}

class DeleteConfigurationBundleCommand extends command(_ep0, _mw0, "DeleteConfigurationBundle", DeleteConfigurationBundle$) {
}

class DeleteConsentPortalCommand extends command(_ep0, _mw0, "DeleteConsentPortal", DeleteConsentPortal$) {
}

class DeleteDatasetCommand extends command(_ep0, _mw0, "DeleteDataset", DeleteDataset$) {
}

class DeleteDatasetExamplesCommand extends command(_ep0, _mw0, "DeleteDatasetExamples", DeleteDatasetExamples$) {
}

class DeleteEvaluatorCommand extends command(_ep0, _mw0, "DeleteEvaluator", DeleteEvaluator$) {
}

class DeleteGatewayCommand extends command(_ep0, _mw0, "DeleteGateway", DeleteGateway$) {
}

class DeleteGatewayRateLimitCommand extends command(_ep0, _mw0, "DeleteGatewayRateLimit", DeleteGatewayRateLimit$) {
}

class DeleteGatewayRuleCommand extends command(_ep0, _mw0, "DeleteGatewayRule", DeleteGatewayRule$) {
}

class DeleteGatewayTargetCommand extends command(_ep0, _mw0, "DeleteGatewayTarget", DeleteGatewayTarget$) {
}

class DeleteHarnessCommand extends command(_ep0, _mw0, "DeleteHarness", DeleteHarness$) {
}

class DeleteHarnessEndpointCommand extends command(_ep0, _mw0, "DeleteHarnessEndpoint", DeleteHarnessEndpoint$) {
}

class DeleteMemoryCommand extends command(_ep0, _mw0, "DeleteMemory", DeleteMemory$) {
}

class DeleteOauth2CredentialProviderCommand extends command(_ep0, _mw0, "DeleteOauth2CredentialProvider", DeleteOauth2CredentialProvider$) {
}

class DeleteOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "DeleteOnlineEvaluationConfig", DeleteOnlineEvaluationConfig$) {
}

class DeletePaymentConnectorCommand extends command(_ep0, _mw0, "DeletePaymentConnector", DeletePaymentConnector$) {
}

class DeletePaymentCredentialProviderCommand extends command(_ep0, _mw0, "DeletePaymentCredentialProvider", DeletePaymentCredentialProvider$) {
}

class DeletePaymentManagerCommand extends command(_ep0, _mw0, "DeletePaymentManager", DeletePaymentManager$) {
}

class DeletePolicyCommand extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
}

class DeletePolicyEngineCommand extends command(_ep0, _mw0, "DeletePolicyEngine", DeletePolicyEngine$) {
}

class DeleteRegistryCommand extends command(_ep0, _mw0, "DeleteRegistry", DeleteRegistry$) {
}

class DeleteRegistryRecordCommand extends command(_ep0, _mw0, "DeleteRegistryRecord", DeleteRegistryRecord$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteWorkloadIdentityCommand extends command(_ep0, _mw0, "DeleteWorkloadIdentity", DeleteWorkloadIdentity$) {
}

class GetAgentRuntimeCommand extends command(_ep0, _mw0, "GetAgentRuntime", GetAgentRuntime$) {
}

class GetAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "GetAgentRuntimeEndpoint", GetAgentRuntimeEndpoint$) {
}

class GetApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "GetApiKeyCredentialProvider", GetApiKeyCredentialProvider$) {
}

class GetBrowserCommand extends command(_ep0, _mw0, "GetBrowser", GetBrowser$) {
}

class GetBrowserProfileCommand extends command(_ep0, _mw0, "GetBrowserProfile", GetBrowserProfile$) {
}

class GetCapacityProviderCommand extends command(_ep0, _mw0, "GetCapacityProvider", GetCapacityProvider$) {
}

class GetCodeInterpreterCommand extends command(_ep0, _mw0, "GetCodeInterpreter", GetCodeInterpreter$) {
}

class GetConfigurationBundleCommand extends command(_ep0, _mw0, "GetConfigurationBundle", GetConfigurationBundle$) {
}

class GetConfigurationBundleVersionCommand extends command(_ep0, _mw0, "GetConfigurationBundleVersion", GetConfigurationBundleVersion$) {
}

class GetConsentPortalCommand extends command(_ep0, _mw0, "GetConsentPortal", GetConsentPortal$) {
}

class GetDatasetCommand extends command(_ep0, _mw0, "GetDataset", GetDataset$) {
}

class GetEvaluatorCommand extends command(_ep0, _mw0, "GetEvaluator", GetEvaluator$) {
}

class GetGatewayCommand extends command(_ep0, _mw0, "GetGateway", GetGateway$) {
}

class GetGatewayRateLimitCommand extends command(_ep0, _mw0, "GetGatewayRateLimit", GetGatewayRateLimit$) {
}

class GetGatewayRuleCommand extends command(_ep0, _mw0, "GetGatewayRule", GetGatewayRule$) {
}

class GetGatewayTargetCommand extends command(_ep0, _mw0, "GetGatewayTarget", GetGatewayTarget$) {
}

class GetHarnessCommand extends command(_ep0, _mw0, "GetHarness", GetHarness$) {
}

class GetHarnessEndpointCommand extends command(_ep0, _mw0, "GetHarnessEndpoint", GetHarnessEndpoint$) {
}

class GetMemoryCommand extends command(_ep0, _mw0, "GetMemory", GetMemory$) {
}

class GetOauth2CredentialProviderCommand extends command(_ep0, _mw0, "GetOauth2CredentialProvider", GetOauth2CredentialProvider$) {
}

class GetOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "GetOnlineEvaluationConfig", GetOnlineEvaluationConfig$) {
}

class GetPaymentConnectorCommand extends command(_ep0, _mw0, "GetPaymentConnector", GetPaymentConnector$) {
}

class GetPaymentCredentialProviderCommand extends command(_ep0, _mw0, "GetPaymentCredentialProvider", GetPaymentCredentialProvider$) {
}

class GetPaymentManagerCommand extends command(_ep0, _mw0, "GetPaymentManager", GetPaymentManager$) {
}

class GetPolicyCommand extends command(_ep0, _mw0, "GetPolicy", GetPolicy$) {
}

class GetPolicyEngineCommand extends command(_ep0, _mw0, "GetPolicyEngine", GetPolicyEngine$) {
}

class GetPolicyEngineSummaryCommand extends command(_ep0, _mw0, "GetPolicyEngineSummary", GetPolicyEngineSummary$) {
}

class GetPolicyGenerationCommand extends command(_ep0, _mw0, "GetPolicyGeneration", GetPolicyGeneration$) {
}

class GetPolicyGenerationSummaryCommand extends command(_ep0, _mw0, "GetPolicyGenerationSummary", GetPolicyGenerationSummary$) {
}

class GetPolicySummaryCommand extends command(_ep0, _mw0, "GetPolicySummary", GetPolicySummary$) {
}

class GetRegistryCommand extends command(_ep0, _mw0, "GetRegistry", GetRegistry$) {
}

class GetRegistryRecordCommand extends command(_ep0, _mw0, "GetRegistryRecord", GetRegistryRecord$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetTokenVaultCommand extends command(_ep0, _mw0, "GetTokenVault", GetTokenVault$) {
}

class GetWorkloadIdentityCommand extends command(_ep0, _mw0, "GetWorkloadIdentity", GetWorkloadIdentity$) {
}

class ListAgentRuntimeEndpointsCommand extends command(_ep0, _mw0, "ListAgentRuntimeEndpoints", ListAgentRuntimeEndpoints$) {
}

class ListAgentRuntimesCommand extends command(_ep0, _mw0, "ListAgentRuntimes", ListAgentRuntimes$) {
}

class ListAgentRuntimeVersionsByCapacityProviderCommand extends command(_ep0, _mw0, "ListAgentRuntimeVersionsByCapacityProvider", ListAgentRuntimeVersionsByCapacityProvider$) {
}

class ListAgentRuntimeVersionsCommand extends command(_ep0, _mw0, "ListAgentRuntimeVersions", ListAgentRuntimeVersions$) {
}

class ListApiKeyCredentialProvidersCommand extends command(_ep0, _mw0, "ListApiKeyCredentialProviders", ListApiKeyCredentialProviders$) {
}

class ListBrowserProfilesCommand extends command(_ep0, _mw0, "ListBrowserProfiles", ListBrowserProfiles$) {
}

class ListBrowsersCommand extends command(_ep0, _mw0, "ListBrowsers", ListBrowsers$) {
}

class ListCapacityProvidersCommand extends command(_ep0, _mw0, "ListCapacityProviders", ListCapacityProviders$) {
}

class ListCodeInterpretersCommand extends command(_ep0, _mw0, "ListCodeInterpreters", ListCodeInterpreters$) {
}

class ListConfigurationBundlesCommand extends command(_ep0, _mw0, "ListConfigurationBundles", ListConfigurationBundles$) {
}

class ListConfigurationBundleVersionsCommand extends command(_ep0, _mw0, "ListConfigurationBundleVersions", ListConfigurationBundleVersions$) {
}

class ListConsentPortalsCommand extends command(_ep0, _mw0, "ListConsentPortals", ListConsentPortals$) {
}

class ListDatasetExamplesCommand extends command(_ep0, _mw0, "ListDatasetExamples", ListDatasetExamples$) {
}

class ListDatasetsCommand extends command(_ep0, _mw0, "ListDatasets", ListDatasets$) {
}

class ListDatasetVersionsCommand extends command(_ep0, _mw0, "ListDatasetVersions", ListDatasetVersions$) {
}

class ListEvaluatorsCommand extends command(_ep0, _mw0, "ListEvaluators", ListEvaluators$) {
}

class ListGatewayRateLimitsCommand extends command(_ep0, _mw0, "ListGatewayRateLimits", ListGatewayRateLimits$) {
}

class ListGatewayRulesCommand extends command(_ep0, _mw0, "ListGatewayRules", ListGatewayRules$) {
}

class ListGatewaysCommand extends command(_ep0, _mw0, "ListGateways", ListGateways$) {
}

class ListGatewayTargetsCommand extends command(_ep0, _mw0, "ListGatewayTargets", ListGatewayTargets$) {
}

class ListHarnessEndpointsCommand extends command(_ep0, _mw0, "ListHarnessEndpoints", ListHarnessEndpoints$) {
}

class ListHarnessesCommand extends command(_ep0, _mw0, "ListHarnesses", ListHarnesses$) {
}

class ListHarnessVersionsCommand extends command(_ep0, _mw0, "ListHarnessVersions", ListHarnessVersions$) {
}

class ListMemoriesCommand extends command(_ep0, _mw0, "ListMemories", ListMemories$) {
}

class ListOauth2CredentialProvidersCommand extends command(_ep0, _mw0, "ListOauth2CredentialProviders", ListOauth2CredentialProviders$) {
}

class ListOnlineEvaluationConfigsCommand extends command(_ep0, _mw0, "ListOnlineEvaluationConfigs", ListOnlineEvaluationConfigs$) {
}

class ListPaymentConnectorsCommand extends command(_ep0, _mw0, "ListPaymentConnectors", ListPaymentConnectors$) {
}

class ListPaymentCredentialProvidersCommand extends command(_ep0, _mw0, "ListPaymentCredentialProviders", ListPaymentCredentialProviders$) {
}

class ListPaymentManagersCommand extends command(_ep0, _mw0, "ListPaymentManagers", ListPaymentManagers$) {
}

class ListPoliciesCommand extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
}

class ListPolicyEnginesCommand extends command(_ep0, _mw0, "ListPolicyEngines", ListPolicyEngines$) {
}

class ListPolicyEngineSummariesCommand extends command(_ep0, _mw0, "ListPolicyEngineSummaries", ListPolicyEngineSummaries$) {
}

class ListPolicyGenerationAssetsCommand extends command(_ep0, _mw0, "ListPolicyGenerationAssets", ListPolicyGenerationAssets$) {
}

class ListPolicyGenerationsCommand extends command(_ep0, _mw0, "ListPolicyGenerations", ListPolicyGenerations$) {
}

class ListPolicyGenerationSummariesCommand extends command(_ep0, _mw0, "ListPolicyGenerationSummaries", ListPolicyGenerationSummaries$) {
}

class ListPolicySummariesCommand extends command(_ep0, _mw0, "ListPolicySummaries", ListPolicySummaries$) {
}

class ListRegistriesCommand extends command(_ep0, _mw0, "ListRegistries", ListRegistries$) {
}

class ListRegistryRecordsCommand extends command(_ep0, _mw0, "ListRegistryRecords", ListRegistryRecords$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListWorkloadIdentitiesCommand extends command(_ep0, _mw0, "ListWorkloadIdentities", ListWorkloadIdentities$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RotatePaymentConnectorCredentialsCommand extends command(_ep0, _mw0, "RotatePaymentConnectorCredentials", RotatePaymentConnectorCredentials$) {
}

class SetTokenVaultCMKCommand extends command(_ep0, _mw0, "SetTokenVaultCMK", SetTokenVaultCMK$) {
}

class StartPolicyGenerationCommand extends command(_ep0, _mw0, "StartPolicyGeneration", StartPolicyGeneration$) {
}

class SubmitRegistryRecordForApprovalCommand extends command(_ep0, _mw0, "SubmitRegistryRecordForApproval", SubmitRegistryRecordForApproval$) {
}

class SynchronizeGatewayTargetsCommand extends command(_ep0, _mw0, "SynchronizeGatewayTargets", SynchronizeGatewayTargets$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAgentRuntimeCommand extends command(_ep0, _mw0, "UpdateAgentRuntime", UpdateAgentRuntime$) {
}

class UpdateAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "UpdateAgentRuntimeEndpoint", UpdateAgentRuntimeEndpoint$) {
}

class UpdateApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "UpdateApiKeyCredentialProvider", UpdateApiKeyCredentialProvider$) {
}

class UpdateCapacityProviderCommand extends command(_ep0, _mw0, "UpdateCapacityProvider", UpdateCapacityProvider$) {
}

class UpdateConfigurationBundleCommand extends command(_ep0, _mw0, "UpdateConfigurationBundle", UpdateConfigurationBundle$) {
}

class UpdateConsentPortalCommand extends command(_ep0, _mw0, "UpdateConsentPortal", UpdateConsentPortal$) {
}

class UpdateDatasetCommand extends command(_ep0, _mw0, "UpdateDataset", UpdateDataset$) {
}

class UpdateDatasetExamplesCommand extends command(_ep0, _mw0, "UpdateDatasetExamples", UpdateDatasetExamples$) {
}

class UpdateEvaluatorCommand extends command(_ep0, _mw0, "UpdateEvaluator", UpdateEvaluator$) {
}

class UpdateGatewayCommand extends command(_ep0, _mw0, "UpdateGateway", UpdateGateway$) {
}

class UpdateGatewayRateLimitCommand extends command(_ep0, _mw0, "UpdateGatewayRateLimit", UpdateGatewayRateLimit$) {
}

class UpdateGatewayRuleCommand extends command(_ep0, _mw0, "UpdateGatewayRule", UpdateGatewayRule$) {
}

class UpdateGatewayTargetCommand extends command(_ep0, _mw0, "UpdateGatewayTarget", UpdateGatewayTarget$) {
}

class UpdateHarnessCommand extends command(_ep0, _mw0, "UpdateHarness", UpdateHarness$) {
}

class UpdateHarnessEndpointCommand extends command(_ep0, _mw0, "UpdateHarnessEndpoint", UpdateHarnessEndpoint$) {
}

class UpdateMemoryCommand extends command(_ep0, _mw0, "UpdateMemory", UpdateMemory$) {
}

class UpdateOauth2CredentialProviderCommand extends command(_ep0, _mw0, "UpdateOauth2CredentialProvider", UpdateOauth2CredentialProvider$) {
}

class UpdateOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "UpdateOnlineEvaluationConfig", UpdateOnlineEvaluationConfig$) {
}

class UpdatePaymentConnectorCommand extends command(_ep0, _mw0, "UpdatePaymentConnector", UpdatePaymentConnector$) {
}

class UpdatePaymentCredentialProviderCommand extends command(_ep0, _mw0, "UpdatePaymentCredentialProvider", UpdatePaymentCredentialProvider$) {
}

class UpdatePaymentManagerCommand extends command(_ep0, _mw0, "UpdatePaymentManager", UpdatePaymentManager$) {
}

class UpdatePolicyCommand extends command(_ep0, _mw0, "UpdatePolicy", UpdatePolicy$) {
}

class UpdatePolicyEngineCommand extends command(_ep0, _mw0, "UpdatePolicyEngine", UpdatePolicyEngine$) {
}

class UpdateRegistryCommand extends command(_ep0, _mw0, "UpdateRegistry", UpdateRegistry$) {
}

class UpdateRegistryRecordCommand extends command(_ep0, _mw0, "UpdateRegistryRecord", UpdateRegistryRecord$) {
}

class UpdateRegistryRecordStatusCommand extends command(_ep0, _mw0, "UpdateRegistryRecordStatus", UpdateRegistryRecordStatus$) {
}

class UpdateWorkloadIdentityCommand extends command(_ep0, _mw0, "UpdateWorkloadIdentity", UpdateWorkloadIdentity$) {
}

const paginateListAgentRuntimeEndpoints = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimeEndpointsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAgentRuntimes = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimesCommand, "nextToken", "nextToken", "maxResults");

const paginateListAgentRuntimeVersionsByCapacityProvider = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimeVersionsByCapacityProviderCommand, "nextToken", "nextToken", "maxResults");

const paginateListAgentRuntimeVersions = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimeVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListApiKeyCredentialProviders = createPaginator(BedrockAgentCoreControlClient, ListApiKeyCredentialProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListBrowserProfiles = createPaginator(BedrockAgentCoreControlClient, ListBrowserProfilesCommand, "nextToken", "nextToken", "maxResults");

const paginateListBrowsers = createPaginator(BedrockAgentCoreControlClient, ListBrowsersCommand, "nextToken", "nextToken", "maxResults");

const paginateListCapacityProviders = createPaginator(BedrockAgentCoreControlClient, ListCapacityProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListCodeInterpreters = createPaginator(BedrockAgentCoreControlClient, ListCodeInterpretersCommand, "nextToken", "nextToken", "maxResults");

const paginateListConfigurationBundles = createPaginator(BedrockAgentCoreControlClient, ListConfigurationBundlesCommand, "nextToken", "nextToken", "maxResults");

const paginateListConfigurationBundleVersions = createPaginator(BedrockAgentCoreControlClient, ListConfigurationBundleVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListConsentPortals = createPaginator(BedrockAgentCoreControlClient, ListConsentPortalsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDatasetExamples = createPaginator(BedrockAgentCoreControlClient, ListDatasetExamplesCommand, "nextToken", "nextToken", "maxResults");

const paginateListDatasets = createPaginator(BedrockAgentCoreControlClient, ListDatasetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDatasetVersions = createPaginator(BedrockAgentCoreControlClient, ListDatasetVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEvaluators = createPaginator(BedrockAgentCoreControlClient, ListEvaluatorsCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayRateLimits = createPaginator(BedrockAgentCoreControlClient, ListGatewayRateLimitsCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayRules = createPaginator(BedrockAgentCoreControlClient, ListGatewayRulesCommand, "nextToken", "nextToken", "maxResults");

const paginateListGateways = createPaginator(BedrockAgentCoreControlClient, ListGatewaysCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayTargets = createPaginator(BedrockAgentCoreControlClient, ListGatewayTargetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListHarnessEndpoints = createPaginator(BedrockAgentCoreControlClient, ListHarnessEndpointsCommand, "nextToken", "nextToken", "maxResults");

const paginateListHarnesses = createPaginator(BedrockAgentCoreControlClient, ListHarnessesCommand, "nextToken", "nextToken", "maxResults");

const paginateListHarnessVersions = createPaginator(BedrockAgentCoreControlClient, ListHarnessVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListMemories = createPaginator(BedrockAgentCoreControlClient, ListMemoriesCommand, "nextToken", "nextToken", "maxResults");

const paginateListOauth2CredentialProviders = createPaginator(BedrockAgentCoreControlClient, ListOauth2CredentialProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListOnlineEvaluationConfigs = createPaginator(BedrockAgentCoreControlClient, ListOnlineEvaluationConfigsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPaymentConnectors = createPaginator(BedrockAgentCoreControlClient, ListPaymentConnectorsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPaymentCredentialProviders = createPaginator(BedrockAgentCoreControlClient, ListPaymentCredentialProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListPaymentManagers = createPaginator(BedrockAgentCoreControlClient, ListPaymentManagersCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicies = createPaginator(BedrockAgentCoreControlClient, ListPoliciesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyEngines = createPaginator(BedrockAgentCoreControlClient, ListPolicyEnginesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyEngineSummaries = createPaginator(BedrockAgentCoreControlClient, ListPolicyEngineSummariesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyGenerationAssets = createPaginator(BedrockAgentCoreControlClient, ListPolicyGenerationAssetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyGenerations = createPaginator(BedrockAgentCoreControlClient, ListPolicyGenerationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyGenerationSummaries = createPaginator(BedrockAgentCoreControlClient, ListPolicyGenerationSummariesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicySummaries = createPaginator(BedrockAgentCoreControlClient, ListPolicySummariesCommand, "nextToken", "nextToken", "maxResults");

const paginateListRegistries = createPaginator(BedrockAgentCoreControlClient, ListRegistriesCommand, "nextToken", "nextToken", "maxResults");

const paginateListRegistryRecords = createPaginator(BedrockAgentCoreControlClient, ListRegistryRecordsCommand, "nextToken", "nextToken", "maxResults");

const paginateListWorkloadIdentities = createPaginator(BedrockAgentCoreControlClient, ListWorkloadIdentitiesCommand, "nextToken", "nextToken", "maxResults");

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetMemoryCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.memory.status;
            };
            if (returnComparator() === "CREATING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.memory.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.memory.status;
            };
            if (returnComparator() === "FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMemoryCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilMemoryCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "CREATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "UPDATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilPolicyActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilPolicyDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyEngineCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "CREATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "UPDATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyEngineActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilPolicyEngineActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyEngineCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyEngineDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilPolicyEngineDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyGenerationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "GENERATED") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "GENERATING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "GENERATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyGenerationCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilPolicyGenerationCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddDatasetExamplesCommand,
    BatchPutGatewayRateLimitsCommand,
    CreateAgentRuntimeCommand,
    CreateAgentRuntimeEndpointCommand,
    CreateApiKeyCredentialProviderCommand,
    CreateBrowserCommand,
    CreateBrowserProfileCommand,
    CreateCapacityProviderCommand,
    CreateCodeInterpreterCommand,
    CreateConfigurationBundleCommand,
    CreateConsentPortalCommand,
    CreateDatasetCommand,
    CreateDatasetVersionCommand,
    CreateEvaluatorCommand,
    CreateGatewayCommand,
    CreateGatewayRateLimitCommand,
    CreateGatewayRuleCommand,
    CreateGatewayTargetCommand,
    CreateHarnessCommand,
    CreateHarnessEndpointCommand,
    CreateMemoryCommand,
    CreateOauth2CredentialProviderCommand,
    CreateOnlineEvaluationConfigCommand,
    CreatePaymentConnectorCommand,
    CreatePaymentCredentialProviderCommand,
    CreatePaymentManagerCommand,
    CreatePolicyCommand,
    CreatePolicyEngineCommand,
    CreateRegistryCommand,
    CreateRegistryRecordCommand,
    CreateWorkloadIdentityCommand,
    DeleteAgentRuntimeCommand,
    DeleteAgentRuntimeEndpointCommand,
    DeleteApiKeyCredentialProviderCommand,
    DeleteBrowserCommand,
    DeleteBrowserProfileCommand,
    DeleteCapacityProviderCommand,
    DeleteCodeInterpreterCommand,
    DeleteConfigurationBundleCommand,
    DeleteConsentPortalCommand,
    DeleteDatasetCommand,
    DeleteDatasetExamplesCommand,
    DeleteEvaluatorCommand,
    DeleteGatewayCommand,
    DeleteGatewayRateLimitCommand,
    DeleteGatewayRuleCommand,
    DeleteGatewayTargetCommand,
    DeleteHarnessCommand,
    DeleteHarnessEndpointCommand,
    DeleteMemoryCommand,
    DeleteOauth2CredentialProviderCommand,
    DeleteOnlineEvaluationConfigCommand,
    DeletePaymentConnectorCommand,
    DeletePaymentCredentialProviderCommand,
    DeletePaymentManagerCommand,
    DeletePolicyCommand,
    DeletePolicyEngineCommand,
    DeleteRegistryCommand,
    DeleteRegistryRecordCommand,
    DeleteResourcePolicyCommand,
    DeleteWorkloadIdentityCommand,
    GetAgentRuntimeCommand,
    GetAgentRuntimeEndpointCommand,
    GetApiKeyCredentialProviderCommand,
    GetBrowserCommand,
    GetBrowserProfileCommand,
    GetCapacityProviderCommand,
    GetCodeInterpreterCommand,
    GetConfigurationBundleCommand,
    GetConfigurationBundleVersionCommand,
    GetConsentPortalCommand,
    GetDatasetCommand,
    GetEvaluatorCommand,
    GetGatewayCommand,
    GetGatewayRateLimitCommand,
    GetGatewayRuleCommand,
    GetGatewayTargetCommand,
    GetHarnessCommand,
    GetHarnessEndpointCommand,
    GetMemoryCommand,
    GetOauth2CredentialProviderCommand,
    GetOnlineEvaluationConfigCommand,
    GetPaymentConnectorCommand,
    GetPaymentCredentialProviderCommand,
    GetPaymentManagerCommand,
    GetPolicyCommand,
    GetPolicyEngineCommand,
    GetPolicyEngineSummaryCommand,
    GetPolicyGenerationCommand,
    GetPolicyGenerationSummaryCommand,
    GetPolicySummaryCommand,
    GetRegistryCommand,
    GetRegistryRecordCommand,
    GetResourcePolicyCommand,
    GetTokenVaultCommand,
    GetWorkloadIdentityCommand,
    ListAgentRuntimeEndpointsCommand,
    ListAgentRuntimesCommand,
    ListAgentRuntimeVersionsCommand,
    ListAgentRuntimeVersionsByCapacityProviderCommand,
    ListApiKeyCredentialProvidersCommand,
    ListBrowserProfilesCommand,
    ListBrowsersCommand,
    ListCapacityProvidersCommand,
    ListCodeInterpretersCommand,
    ListConfigurationBundlesCommand,
    ListConfigurationBundleVersionsCommand,
    ListConsentPortalsCommand,
    ListDatasetExamplesCommand,
    ListDatasetsCommand,
    ListDatasetVersionsCommand,
    ListEvaluatorsCommand,
    ListGatewayRateLimitsCommand,
    ListGatewayRulesCommand,
    ListGatewaysCommand,
    ListGatewayTargetsCommand,
    ListHarnessEndpointsCommand,
    ListHarnessesCommand,
    ListHarnessVersionsCommand,
    ListMemoriesCommand,
    ListOauth2CredentialProvidersCommand,
    ListOnlineEvaluationConfigsCommand,
    ListPaymentConnectorsCommand,
    ListPaymentCredentialProvidersCommand,
    ListPaymentManagersCommand,
    ListPoliciesCommand,
    ListPolicyEnginesCommand,
    ListPolicyEngineSummariesCommand,
    ListPolicyGenerationAssetsCommand,
    ListPolicyGenerationsCommand,
    ListPolicyGenerationSummariesCommand,
    ListPolicySummariesCommand,
    ListRegistriesCommand,
    ListRegistryRecordsCommand,
    ListTagsForResourceCommand,
    ListWorkloadIdentitiesCommand,
    PutResourcePolicyCommand,
    RotatePaymentConnectorCredentialsCommand,
    SetTokenVaultCMKCommand,
    StartPolicyGenerationCommand,
    SubmitRegistryRecordForApprovalCommand,
    SynchronizeGatewayTargetsCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAgentRuntimeCommand,
    UpdateAgentRuntimeEndpointCommand,
    UpdateApiKeyCredentialProviderCommand,
    UpdateCapacityProviderCommand,
    UpdateConfigurationBundleCommand,
    UpdateConsentPortalCommand,
    UpdateDatasetCommand,
    UpdateDatasetExamplesCommand,
    UpdateEvaluatorCommand,
    UpdateGatewayCommand,
    UpdateGatewayRateLimitCommand,
    UpdateGatewayRuleCommand,
    UpdateGatewayTargetCommand,
    UpdateHarnessCommand,
    UpdateHarnessEndpointCommand,
    UpdateMemoryCommand,
    UpdateOauth2CredentialProviderCommand,
    UpdateOnlineEvaluationConfigCommand,
    UpdatePaymentConnectorCommand,
    UpdatePaymentCredentialProviderCommand,
    UpdatePaymentManagerCommand,
    UpdatePolicyCommand,
    UpdatePolicyEngineCommand,
    UpdateRegistryCommand,
    UpdateRegistryRecordCommand,
    UpdateRegistryRecordStatusCommand,
    UpdateWorkloadIdentityCommand,
};
const paginators = {
    paginateListAgentRuntimeEndpoints,
    paginateListAgentRuntimes,
    paginateListAgentRuntimeVersions,
    paginateListAgentRuntimeVersionsByCapacityProvider,
    paginateListApiKeyCredentialProviders,
    paginateListBrowserProfiles,
    paginateListBrowsers,
    paginateListCapacityProviders,
    paginateListCodeInterpreters,
    paginateListConfigurationBundles,
    paginateListConfigurationBundleVersions,
    paginateListConsentPortals,
    paginateListDatasetExamples,
    paginateListDatasets,
    paginateListDatasetVersions,
    paginateListEvaluators,
    paginateListGatewayRateLimits,
    paginateListGatewayRules,
    paginateListGateways,
    paginateListGatewayTargets,
    paginateListHarnessEndpoints,
    paginateListHarnesses,
    paginateListHarnessVersions,
    paginateListMemories,
    paginateListOauth2CredentialProviders,
    paginateListOnlineEvaluationConfigs,
    paginateListPaymentConnectors,
    paginateListPaymentCredentialProviders,
    paginateListPaymentManagers,
    paginateListPolicies,
    paginateListPolicyEngines,
    paginateListPolicyEngineSummaries,
    paginateListPolicyGenerationAssets,
    paginateListPolicyGenerations,
    paginateListPolicyGenerationSummaries,
    paginateListPolicySummaries,
    paginateListRegistries,
    paginateListRegistryRecords,
    paginateListWorkloadIdentities,
};
const waiters = {
    waitUntilMemoryCreated,
    waitUntilPolicyActive,
    waitUntilPolicyDeleted,
    waitUntilPolicyEngineActive,
    waitUntilPolicyEngineDeleted,
    waitUntilPolicyGenerationCompleted,
};
class BedrockAgentCoreControl extends BedrockAgentCoreControlClient {
}
createAggregatedClient(commands, BedrockAgentCoreControl, { paginators, waiters });

const ActorTokenContentType = {
    AWS_IAM_ID_TOKEN_JWT: "AWS_IAM_ID_TOKEN_JWT",
    M2M: "M2M",
    NONE: "NONE",
};
const DatasetStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const ValidationExceptionReason = {
    CANNOT_PARSE: "CannotParse",
    FIELD_VALIDATION_FAILED: "FieldValidationFailed",
    IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION: "IdempotentParameterMismatchException",
    RESOURCE_CONFLICT: "ResourceConflict",
    ROOT_EVENT_IN_OTHER_SESSION: "EventInOtherSession",
};
const AgentRuntimeEndpointStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const AgentManagedRuntimeType = {
    NODE_22: "NODE_22",
    PYTHON_3_10: "PYTHON_3_10",
    PYTHON_3_11: "PYTHON_3_11",
    PYTHON_3_12: "PYTHON_3_12",
    PYTHON_3_13: "PYTHON_3_13",
    PYTHON_3_14: "PYTHON_3_14",
};
const ClaimMatchOperatorType = {
    CONTAINS: "CONTAINS",
    CONTAINS_ANY: "CONTAINS_ANY",
    EQUALS: "EQUALS",
};
const InboundTokenClaimValueType = {
    STRING: "STRING",
    STRING_ARRAY: "STRING_ARRAY",
};
const EndpointIpAddressType = {
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const NetworkMode = {
    PUBLIC: "PUBLIC",
    VPC: "VPC",
};
const ServerProtocol = {
    A2A: "A2A",
    AGUI: "AGUI",
    HTTP: "HTTP",
    MCP: "MCP",
};
const AgentRuntimeStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const SecretSourceType = {
    EXTERNAL: "EXTERNAL",
    MANAGED: "MANAGED",
};
const BrowserProfileStatus = {
    DELETED: "DELETED",
    DELETING: "DELETING",
    READY: "READY",
    SAVING: "SAVING",
};
const BrowserEnterprisePolicyType = {
    MANAGED: "MANAGED",
    RECOMMENDED: "RECOMMENDED",
};
const BrowserNetworkMode = {
    PUBLIC: "PUBLIC",
    VPC: "VPC",
};
const BrowserStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETED: "DELETED",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
};
const ResourceType = {
    CUSTOM: "CUSTOM",
    SYSTEM: "SYSTEM",
};
const CapacityReservationPreference = {
    CAPACITY_RESERVATIONS_ONLY: "capacity-reservations-only",
    NONE: "none",
    OPEN: "open",
};
const EbsVolumeType = {
    GP2: "gp2",
    GP3: "gp3",
    IO1: "io1",
    IO2: "io2",
    SC1: "sc1",
    ST1: "st1",
    STANDARD: "standard",
};
const Monitoring = {
    BASIC: "BASIC",
    DETAILED: "DETAILED",
};
const OperatingSystem = {
    LINUX_ARM64: "LINUX_ARM64",
    LINUX_X86_64: "LINUX_X86_64",
};
const CapacityProviderStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const CapacityProviderStatusCode = {
    INTERNAL_SERVER_EXCEPTION: "INTERNAL_SERVER_EXCEPTION",
    QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
    THROTTLED: "THROTTLED",
    VALIDATION_ERROR: "VALIDATION_ERROR",
};
const CodeInterpreterNetworkMode = {
    PUBLIC: "PUBLIC",
    SANDBOX: "SANDBOX",
    VPC: "VPC",
};
const CodeInterpreterStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETED: "DELETED",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
};
const ConfigurationBundleStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const ConsentPortalSourceType = {
    AGENTCORE_GATEWAY: "agentcore-gateway",
};
const ConsentPortalStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const DatasetSchemaType = {
    AGENTCORE_EVALUATION_PREDEFINED_V1: "AGENTCORE_EVALUATION_PREDEFINED_V1",
    AGENTCORE_EVALUATION_SIMULATED_V1: "AGENTCORE_EVALUATION_SIMULATED_V1",
    THIRD_PARTY_EVALUATION_V1: "THIRD_PARTY_EVALUATION_V1",
};
const DraftStatus = {
    MODIFIED: "MODIFIED",
    UNMODIFIED: "UNMODIFIED",
};
const EvaluatorLevel = {
    SESSION: "SESSION",
    TOOL_CALL: "TOOL_CALL",
    TRACE: "TRACE",
};
const EvaluatorStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const IncludedData = {
    ALL_DATA: "ALL_DATA",
    METADATA_ONLY: "METADATA_ONLY",
};
const EvaluatorType = {
    BUILTIN: "Builtin",
    CODE: "CustomCode",
    CUSTOM: "Custom",
    CUSTOM_DERIVED: "CustomDerived",
    THIRD_PARTY: "ThirdParty",
};
const Provider = {
    AUTO_EVAL: "AutoEval",
    AWS: "AWS",
    CUSTOM: "Custom",
    DEEP_EVAL: "DeepEval",
};
const Period = {
    MINUTE: "minute",
    SECOND: "second",
};
const GatewayRateLimitStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATING: "UPDATING",
};
const AuthorizerType = {
    AUTHENTICATE_ONLY: "AUTHENTICATE_ONLY",
    AWS_IAM: "AWS_IAM",
    CUSTOM_JWT: "CUSTOM_JWT",
    NONE: "NONE",
};
const ExceptionLevel = {
    DEBUG: "DEBUG",
};
const InterceptorPayloadExclusion = {
    RESPONSE_BODY: "RESPONSE_BODY",
};
const GatewayInterceptionPoint = {
    REQUEST: "REQUEST",
    RESPONSE: "RESPONSE",
};
const GatewayPolicyEngineMode = {
    ENFORCE: "ENFORCE",
    LOG_ONLY: "LOG_ONLY",
};
const SearchType = {
    SEMANTIC: "SEMANTIC",
};
const GatewayProtocolType = {
    MCP: "MCP",
};
const GatewayStatus = {
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    READY: "READY",
    UPDATE_UNSUCCESSFUL: "UPDATE_UNSUCCESSFUL",
    UPDATING: "UPDATING",
};
const WafFailureMode = {
    FAIL_CLOSE: "FAIL_CLOSE",
    FAIL_OPEN: "FAIL_OPEN",
};
const PrincipalMatchOperator = {
    StringEquals: "StringEquals",
    StringLike: "StringLike",
};
const GatewayRuleStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATING: "UPDATING",
};
const ApiKeyCredentialLocation = {
    HEADER: "HEADER",
    QUERY_PARAMETER: "QUERY_PARAMETER",
};
const OAuthGrantType = {
    AUTHORIZATION_CODE: "AUTHORIZATION_CODE",
    CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
    TOKEN_EXCHANGE: "TOKEN_EXCHANGE",
};
const CredentialProviderType = {
    API_KEY: "API_KEY",
    CALLER_IAM_CREDENTIALS: "CALLER_IAM_CREDENTIALS",
    GATEWAY_IAM_ROLE: "GATEWAY_IAM_ROLE",
    JWT_PASSTHROUGH: "JWT_PASSTHROUGH",
    OAUTH: "OAUTH",
};
const PassthroughProtocolType = {
    A2A: "A2A",
    CUSTOM: "CUSTOM",
    INFERENCE: "INFERENCE",
    MCP: "MCP",
};
const StaticQueryParameterConflictResolution = {
    CLIENT_OVERRIDE: "CLIENT_OVERRIDE",
    STATIC_OVERRIDE: "STATIC_OVERRIDE",
};
const RestApiMethod = {
    DELETE: "DELETE",
    GET: "GET",
    HEAD: "HEAD",
    OPTIONS: "OPTIONS",
    PATCH: "PATCH",
    POST: "POST",
    PUT: "PUT",
};
const SchemaType = {
    ARRAY: "array",
    BOOLEAN: "boolean",
    INTEGER: "integer",
    NUMBER: "number",
    OBJECT: "object",
    STRING: "string",
};
const ListingMode = {
    DEFAULT: "DEFAULT",
    DYNAMIC: "DYNAMIC",
};
const TargetProtocolType = {
    HTTP: "HTTP",
    MCP: "MCP",
};
const TargetStatus = {
    CREATE_PENDING_AUTH: "CREATE_PENDING_AUTH",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    READY: "READY",
    SYNCHRONIZE_PENDING_AUTH: "SYNCHRONIZE_PENDING_AUTH",
    SYNCHRONIZE_UNSUCCESSFUL: "SYNCHRONIZE_UNSUCCESSFUL",
    SYNCHRONIZING: "SYNCHRONIZING",
    UPDATE_PENDING_AUTH: "UPDATE_PENDING_AUTH",
    UPDATE_UNSUCCESSFUL: "UPDATE_UNSUCCESSFUL",
    UPDATING: "UPDATING",
};
const TargetType = {
    AGENTCORE_RUNTIME: "AGENTCORE_RUNTIME",
    API_GATEWAY: "API_GATEWAY",
    CONNECTOR: "CONNECTOR",
    HTTP_CONNECTOR: "HTTP_CONNECTOR",
    LAMBDA: "LAMBDA",
    MCP_SERVER: "MCP_SERVER",
    OPEN_API_SCHEMA: "OPEN_API_SCHEMA",
    PASSTHROUGH: "PASSTHROUGH",
    PROVIDER: "PROVIDER",
    SMITHY_MODEL: "SMITHY_MODEL",
};
const KeyType = {
    CustomerManagedKey: "CustomerManagedKey",
    ServiceManagedKey: "ServiceManagedKey",
};
const HarnessEndpointStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const HarnessHookFailureMode = {
    ALLOW: "allow",
    DENY: "deny",
};
const HarnessManagedMemoryStrategyType = {
    EPISODIC: "EPISODIC",
    SEMANTIC: "SEMANTIC",
    SUMMARIZATION: "SUMMARIZATION",
    USER_PREFERENCE: "USER_PREFERENCE",
};
const HarnessBedrockApiFormat = {
    CHAT_COMPLETIONS: "chat_completions",
    CONVERSE_STREAM: "converse_stream",
    RESPONSES: "responses",
};
const HarnessOpenAiApiFormat = {
    CHAT_COMPLETIONS: "chat_completions",
    RESPONSES: "responses",
};
const HarnessToolType = {
    AGENTCORE_BROWSER: "agentcore_browser",
    AGENTCORE_CODE_INTERPRETER: "agentcore_code_interpreter",
    AGENTCORE_GATEWAY: "agentcore_gateway",
    INLINE_FUNCTION: "inline_function",
    REMOTE_MCP: "remote_mcp",
};
const HarnessTruncationStrategy = {
    NONE: "none",
    SLIDING_WINDOW: "sliding_window",
    SUMMARIZATION: "summarization",
};
const HarnessStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const MetadataValueType = {
    NUMBER: "NUMBER",
    STRING: "STRING",
    STRINGLIST: "STRINGLIST",
};
const ExtractionType = {
    LLM_INFERRED: "LLM_INFERRED",
    STRICTLY_CONSISTENT: "STRICTLY_CONSISTENT",
};
const ContentLevel = {
    FULL_CONTENT: "FULL_CONTENT",
    METADATA_ONLY: "METADATA_ONLY",
};
const ContentType = {
    MEMORY_RECORDS: "MEMORY_RECORDS",
};
const MemoryStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATING: "UPDATING",
};
const OverrideType = {
    EPISODIC_OVERRIDE: "EPISODIC_OVERRIDE",
    SELF_MANAGED: "SELF_MANAGED",
    SEMANTIC_OVERRIDE: "SEMANTIC_OVERRIDE",
    SUMMARY_OVERRIDE: "SUMMARY_OVERRIDE",
    USER_PREFERENCE_OVERRIDE: "USER_PREFERENCE_OVERRIDE",
};
const MemoryStrategyStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
};
const MemoryStrategyType = {
    CUSTOM: "CUSTOM",
    EPISODIC: "EPISODIC",
    SEMANTIC: "SEMANTIC",
    SUMMARIZATION: "SUMMARIZATION",
    USER_PREFERENCE: "USER_PREFERENCE",
};
const MemoryView = {
    FULL: "full",
    WITHOUT_DECRYPTION: "without_decryption",
};
const CredentialProviderVendorType = {
    AtlassianOauth2: "AtlassianOauth2",
    Auth0Oauth2: "Auth0Oauth2",
    CognitoOauth2: "CognitoOauth2",
    CustomOauth2: "CustomOauth2",
    CyberArkOauth2: "CyberArkOauth2",
    DropboxOauth2: "DropboxOauth2",
    FacebookOauth2: "FacebookOauth2",
    FusionAuthOauth2: "FusionAuthOauth2",
    GithubOauth2: "GithubOauth2",
    GoogleOauth2: "GoogleOauth2",
    HubspotOauth2: "HubspotOauth2",
    LinkedinOauth2: "LinkedinOauth2",
    MicrosoftOauth2: "MicrosoftOauth2",
    NotionOauth2: "NotionOauth2",
    OktaOauth2: "OktaOauth2",
    OneLoginOauth2: "OneLoginOauth2",
    PingOneOauth2: "PingOneOauth2",
    RedditOauth2: "RedditOauth2",
    SalesforceOauth2: "SalesforceOauth2",
    SlackOauth2: "SlackOauth2",
    SpotifyOauth2: "SpotifyOauth2",
    TwitchOauth2: "TwitchOauth2",
    XOauth2: "XOauth2",
    YandexOauth2: "YandexOauth2",
    ZoomOauth2: "ZoomOauth2",
};
const ClientAuthenticationMethodType = {
    AWS_IAM_ID_TOKEN_JWT: "AWS_IAM_ID_TOKEN_JWT",
    CLIENT_SECRET_BASIC: "CLIENT_SECRET_BASIC",
    CLIENT_SECRET_POST: "CLIENT_SECRET_POST",
    PRIVATE_KEY_JWT: "PRIVATE_KEY_JWT",
};
const OnBehalfOfTokenExchangeGrantTypeType = {
    JWT_AUTHORIZATION_GRANT: "JWT_AUTHORIZATION_GRANT",
    TOKEN_EXCHANGE: "TOKEN_EXCHANGE",
};
const SigningAlgorithm = {
    ES256: "ES256",
    PS256: "PS256",
    RS256: "RS256",
};
const Status = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const ClusteringFrequency = {
    DAILY: "DAILY",
    MONTHLY: "MONTHLY",
    WEEKLY: "WEEKLY",
};
const ResultDestination = {
    DEDICATED_LOG_GROUP: "DEDICATED_LOG_GROUP",
    SOURCE_LOG_GROUP: "SOURCE_LOG_GROUP",
};
const FilterOperator = {
    CONTAINS: "Contains",
    EQUALS: "Equals",
    GREATER_THAN: "GreaterThan",
    GREATER_THAN_OR_EQUAL: "GreaterThanOrEqual",
    LESS_THAN: "LessThan",
    LESS_THAN_OR_EQUAL: "LessThanOrEqual",
    NOT_CONTAINS: "NotContains",
    NOT_EQUALS: "NotEquals",
};
const OnlineEvaluationExecutionStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const OnlineEvaluationConfigStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETING: "DELETING",
    ERROR: "ERROR",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const PaymentCredentialProviderVendorType = {
    CoinbaseCDP: "CoinbaseCDP",
    StripePrivy: "StripePrivy",
};
const PaymentsAuthorizerType = {
    AWS_IAM: "AWS_IAM",
    CUSTOM_JWT: "CUSTOM_JWT",
};
const PaymentManagerStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const PaymentConnectorProvisionMode = {
    MANUAL: "MANUAL",
    QUICK_CREATE: "QUICK_CREATE",
};
const PaymentConnectorType = {
    COINBASE_CDP: "CoinbaseCDP",
    STRIPE_PRIVY: "StripePrivy",
};
const PaymentConnectorStatus = {
    AUTHENTICATION_EXPIRED: "AUTHENTICATION_EXPIRED",
    AUTHENTICATION_FAILED: "AUTHENTICATION_FAILED",
    AWS_MARKETPLACE_SUBSCRIPTION_REQUIRED: "AWS_MARKETPLACE_SUBSCRIPTION_REQUIRED",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    PENDING_AUTHENTICATION: "PENDING_AUTHENTICATION",
    PROVISIONING: "PROVISIONING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const CoinbaseCdpSecret = {
    API_KEY: "API_KEY",
    WALLET_SECRET: "WALLET_SECRET",
};
const PolicyEngineStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const PolicyGenerationStatus = {
    DELETE_FAILED: "DELETE_FAILED",
    GENERATED: "GENERATED",
    GENERATE_FAILED: "GENERATE_FAILED",
    GENERATING: "GENERATING",
};
const FindingType = {
    ALLOW_ALL: "ALLOW_ALL",
    ALLOW_NONE: "ALLOW_NONE",
    DENY_ALL: "DENY_ALL",
    DENY_NONE: "DENY_NONE",
    INVALID: "INVALID",
    NOT_TRANSLATABLE: "NOT_TRANSLATABLE",
    VALID: "VALID",
};
const EnforcementMode = {
    ACTIVE: "ACTIVE",
    LOG_ONLY: "LOG_ONLY",
};
const PolicyValidationMode = {
    FAIL_ON_ANY_FINDINGS: "FAIL_ON_ANY_FINDINGS",
    IGNORE_ALL_FINDINGS: "IGNORE_ALL_FINDINGS",
};
const PolicyStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const DescriptorType = {
    A2A: "A2A",
    AGENT_SKILLS: "AGENT_SKILLS",
    CUSTOM: "CUSTOM",
    MCP: "MCP",
};
const RegistryRecordOAuthGrantType = {
    CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
};
const RegistryRecordCredentialProviderType = {
    IAM: "IAM",
    OAUTH: "OAUTH",
};
const SynchronizationType = {
    URL: "URL",
};
const RegistryRecordStatus = {
    APPROVED: "APPROVED",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DEPRECATED: "DEPRECATED",
    DRAFT: "DRAFT",
    PENDING_APPROVAL: "PENDING_APPROVAL",
    REJECTED: "REJECTED",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const RegistryAuthorizerType = {
    AWS_IAM: "AWS_IAM",
    CUSTOM_JWT: "CUSTOM_JWT",
};
const RegistryStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};

exports.A2aDescriptor$ = A2aDescriptor$;
exports.AccessDeniedException = AccessDeniedException;
exports.AccessDeniedException$ = AccessDeniedException$;
exports.Action$ = Action$;
exports.ActorTokenContentType = ActorTokenContentType;
exports.AddDatasetExamples$ = AddDatasetExamples$;
exports.AddDatasetExamplesCommand = AddDatasetExamplesCommand;
exports.AddDatasetExamplesRequest$ = AddDatasetExamplesRequest$;
exports.AddDatasetExamplesResponse$ = AddDatasetExamplesResponse$;
exports.AgentCardDefinition$ = AgentCardDefinition$;
exports.AgentManagedRuntimeType = AgentManagedRuntimeType;
exports.AgentRuntime$ = AgentRuntime$;
exports.AgentRuntimeArtifact$ = AgentRuntimeArtifact$;
exports.AgentRuntimeEndpoint$ = AgentRuntimeEndpoint$;
exports.AgentRuntimeEndpointStatus = AgentRuntimeEndpointStatus;
exports.AgentRuntimeStatus = AgentRuntimeStatus;
exports.AgentRuntimeVersionSummary$ = AgentRuntimeVersionSummary$;
exports.AgentSkillsDescriptor$ = AgentSkillsDescriptor$;
exports.AllowedWorkloadConfiguration$ = AllowedWorkloadConfiguration$;
exports.ApiGatewayTargetConfiguration$ = ApiGatewayTargetConfiguration$;
exports.ApiGatewayToolConfiguration$ = ApiGatewayToolConfiguration$;
exports.ApiGatewayToolFilter$ = ApiGatewayToolFilter$;
exports.ApiGatewayToolOverride$ = ApiGatewayToolOverride$;
exports.ApiKeyCredentialLocation = ApiKeyCredentialLocation;
exports.ApiKeyCredentialProviderItem$ = ApiKeyCredentialProviderItem$;
exports.ApiSchemaConfiguration$ = ApiSchemaConfiguration$;
exports.ApprovalConfiguration$ = ApprovalConfiguration$;
exports.AtlassianOauth2ProviderConfigInput$ = AtlassianOauth2ProviderConfigInput$;
exports.AtlassianOauth2ProviderConfigOutput$ = AtlassianOauth2ProviderConfigOutput$;
exports.AuthorizationData$ = AuthorizationData$;
exports.AuthorizerConfiguration$ = AuthorizerConfiguration$;
exports.AuthorizerType = AuthorizerType;
exports.AuthorizingClaimMatchValueType$ = AuthorizingClaimMatchValueType$;
exports.BatchPutGatewayRateLimits$ = BatchPutGatewayRateLimits$;
exports.BatchPutGatewayRateLimitsCommand = BatchPutGatewayRateLimitsCommand;
exports.BatchPutGatewayRateLimitsRequest$ = BatchPutGatewayRateLimitsRequest$;
exports.BatchPutGatewayRateLimitsResponse$ = BatchPutGatewayRateLimitsResponse$;
exports.BatchPutLimitEntry$ = BatchPutLimitEntry$;
exports.BedrockAgentCoreControl = BedrockAgentCoreControl;
exports.BedrockAgentCoreControlClient = BedrockAgentCoreControlClient;
exports.BedrockAgentCoreControlServiceException = BedrockAgentCoreControlServiceException;
exports.BedrockAgentCoreControlServiceException$ = BedrockAgentCoreControlServiceException$;
exports.BedrockEvaluatorModelConfig$ = BedrockEvaluatorModelConfig$;
exports.BrowserEnterprisePolicy$ = BrowserEnterprisePolicy$;
exports.BrowserEnterprisePolicyType = BrowserEnterprisePolicyType;
exports.BrowserNetworkConfiguration$ = BrowserNetworkConfiguration$;
exports.BrowserNetworkMode = BrowserNetworkMode;
exports.BrowserProfileStatus = BrowserProfileStatus;
exports.BrowserProfileSummary$ = BrowserProfileSummary$;
exports.BrowserSigningConfigInput$ = BrowserSigningConfigInput$;
exports.BrowserSigningConfigOutput$ = BrowserSigningConfigOutput$;
exports.BrowserStatus = BrowserStatus;
exports.BrowserSummary$ = BrowserSummary$;
exports.CapacityProviderConfiguration$ = CapacityProviderConfiguration$;
exports.CapacityProviderStatus = CapacityProviderStatus;
exports.CapacityProviderStatusCode = CapacityProviderStatusCode;
exports.CapacityProviderSummary$ = CapacityProviderSummary$;
exports.CapacityProviderVolumeConfiguration$ = CapacityProviderVolumeConfiguration$;
exports.CapacityReservationPreference = CapacityReservationPreference;
exports.CapacityReservationSpecification$ = CapacityReservationSpecification$;
exports.CapacityReservationTarget$ = CapacityReservationTarget$;
exports.CategoricalScaleDefinition$ = CategoricalScaleDefinition$;
exports.CedarPolicy$ = CedarPolicy$;
exports.Certificate$ = Certificate$;
exports.CertificateLocation$ = CertificateLocation$;
exports.ClaimMatchOperatorType = ClaimMatchOperatorType;
exports.ClaimMatchValueType$ = ClaimMatchValueType$;
exports.ClientAuthenticationMethodType = ClientAuthenticationMethodType;
exports.CloudWatchLogsInputConfig$ = CloudWatchLogsInputConfig$;
exports.CloudWatchOutputConfig$ = CloudWatchOutputConfig$;
exports.ClusteringConfig$ = ClusteringConfig$;
exports.ClusteringFrequency = ClusteringFrequency;
exports.Code$ = Code$;
exports.CodeBasedEvaluatorConfig$ = CodeBasedEvaluatorConfig$;
exports.CodeConfiguration$ = CodeConfiguration$;
exports.CodeInterpreterNetworkConfiguration$ = CodeInterpreterNetworkConfiguration$;
exports.CodeInterpreterNetworkMode = CodeInterpreterNetworkMode;
exports.CodeInterpreterStatus = CodeInterpreterStatus;
exports.CodeInterpreterSummary$ = CodeInterpreterSummary$;
exports.CoinbaseCdpConfigurationInput$ = CoinbaseCdpConfigurationInput$;
exports.CoinbaseCdpConfigurationOutput$ = CoinbaseCdpConfigurationOutput$;
exports.CoinbaseCdpRotationTargets$ = CoinbaseCdpRotationTargets$;
exports.CoinbaseCdpSecret = CoinbaseCdpSecret;
exports.ComponentConfiguration$ = ComponentConfiguration$;
exports.ComputeConfiguration$ = ComputeConfiguration$;
exports.ConcurrentModificationException = ConcurrentModificationException;
exports.ConcurrentModificationException$ = ConcurrentModificationException$;
exports.Condition$ = Condition$;
exports.ConfigurationBundleAction$ = ConfigurationBundleAction$;
exports.ConfigurationBundleReference$ = ConfigurationBundleReference$;
exports.ConfigurationBundleStatus = ConfigurationBundleStatus;
exports.ConfigurationBundleSummary$ = ConfigurationBundleSummary$;
exports.ConfigurationBundleVersionSummary$ = ConfigurationBundleVersionSummary$;
exports.ConflictException = ConflictException;
exports.ConflictException$ = ConflictException$;
exports.ConnectorConfiguration$ = ConnectorConfiguration$;
exports.ConnectorParameterOverride$ = ConnectorParameterOverride$;
exports.ConnectorSource$ = ConnectorSource$;
exports.ConnectorTargetConfiguration$ = ConnectorTargetConfiguration$;
exports.ConsentPortalIdpConfig$ = ConsentPortalIdpConfig$;
exports.ConsentPortalSource$ = ConsentPortalSource$;
exports.ConsentPortalSourceType = ConsentPortalSourceType;
exports.ConsentPortalStatus = ConsentPortalStatus;
exports.ConsentPortalSummary$ = ConsentPortalSummary$;
exports.ConsolidationConfiguration$ = ConsolidationConfiguration$;
exports.ContainerConfiguration$ = ContainerConfiguration$;
exports.Content$ = Content$;
exports.ContentConfiguration$ = ContentConfiguration$;
exports.ContentLevel = ContentLevel;
exports.ContentType = ContentType;
exports.CreateAgentRuntime$ = CreateAgentRuntime$;
exports.CreateAgentRuntimeCommand = CreateAgentRuntimeCommand;
exports.CreateAgentRuntimeEndpoint$ = CreateAgentRuntimeEndpoint$;
exports.CreateAgentRuntimeEndpointCommand = CreateAgentRuntimeEndpointCommand;
exports.CreateAgentRuntimeEndpointRequest$ = CreateAgentRuntimeEndpointRequest$;
exports.CreateAgentRuntimeEndpointResponse$ = CreateAgentRuntimeEndpointResponse$;
exports.CreateAgentRuntimeRequest$ = CreateAgentRuntimeRequest$;
exports.CreateAgentRuntimeResponse$ = CreateAgentRuntimeResponse$;
exports.CreateApiKeyCredentialProvider$ = CreateApiKeyCredentialProvider$;
exports.CreateApiKeyCredentialProviderCommand = CreateApiKeyCredentialProviderCommand;
exports.CreateApiKeyCredentialProviderRequest$ = CreateApiKeyCredentialProviderRequest$;
exports.CreateApiKeyCredentialProviderResponse$ = CreateApiKeyCredentialProviderResponse$;
exports.CreateBrowser$ = CreateBrowser$;
exports.CreateBrowserCommand = CreateBrowserCommand;
exports.CreateBrowserProfile$ = CreateBrowserProfile$;
exports.CreateBrowserProfileCommand = CreateBrowserProfileCommand;
exports.CreateBrowserProfileRequest$ = CreateBrowserProfileRequest$;
exports.CreateBrowserProfileResponse$ = CreateBrowserProfileResponse$;
exports.CreateBrowserRequest$ = CreateBrowserRequest$;
exports.CreateBrowserResponse$ = CreateBrowserResponse$;
exports.CreateCapacityProvider$ = CreateCapacityProvider$;
exports.CreateCapacityProviderCommand = CreateCapacityProviderCommand;
exports.CreateCapacityProviderInput$ = CreateCapacityProviderInput$;
exports.CreateCapacityProviderOutput$ = CreateCapacityProviderOutput$;
exports.CreateCodeInterpreter$ = CreateCodeInterpreter$;
exports.CreateCodeInterpreterCommand = CreateCodeInterpreterCommand;
exports.CreateCodeInterpreterRequest$ = CreateCodeInterpreterRequest$;
exports.CreateCodeInterpreterResponse$ = CreateCodeInterpreterResponse$;
exports.CreateConfigurationBundle$ = CreateConfigurationBundle$;
exports.CreateConfigurationBundleCommand = CreateConfigurationBundleCommand;
exports.CreateConfigurationBundleRequest$ = CreateConfigurationBundleRequest$;
exports.CreateConfigurationBundleResponse$ = CreateConfigurationBundleResponse$;
exports.CreateConsentPortal$ = CreateConsentPortal$;
exports.CreateConsentPortalCommand = CreateConsentPortalCommand;
exports.CreateConsentPortalRequest$ = CreateConsentPortalRequest$;
exports.CreateConsentPortalResponse$ = CreateConsentPortalResponse$;
exports.CreateDataset$ = CreateDataset$;
exports.CreateDatasetCommand = CreateDatasetCommand;
exports.CreateDatasetRequest$ = CreateDatasetRequest$;
exports.CreateDatasetResponse$ = CreateDatasetResponse$;
exports.CreateDatasetVersion$ = CreateDatasetVersion$;
exports.CreateDatasetVersionCommand = CreateDatasetVersionCommand;
exports.CreateDatasetVersionRequest$ = CreateDatasetVersionRequest$;
exports.CreateDatasetVersionResponse$ = CreateDatasetVersionResponse$;
exports.CreateEvaluator$ = CreateEvaluator$;
exports.CreateEvaluatorCommand = CreateEvaluatorCommand;
exports.CreateEvaluatorRequest$ = CreateEvaluatorRequest$;
exports.CreateEvaluatorResponse$ = CreateEvaluatorResponse$;
exports.CreateGateway$ = CreateGateway$;
exports.CreateGatewayCommand = CreateGatewayCommand;
exports.CreateGatewayRateLimit$ = CreateGatewayRateLimit$;
exports.CreateGatewayRateLimitCommand = CreateGatewayRateLimitCommand;
exports.CreateGatewayRateLimitRequest$ = CreateGatewayRateLimitRequest$;
exports.CreateGatewayRateLimitResponse$ = CreateGatewayRateLimitResponse$;
exports.CreateGatewayRequest$ = CreateGatewayRequest$;
exports.CreateGatewayResponse$ = CreateGatewayResponse$;
exports.CreateGatewayRule$ = CreateGatewayRule$;
exports.CreateGatewayRuleCommand = CreateGatewayRuleCommand;
exports.CreateGatewayRuleRequest$ = CreateGatewayRuleRequest$;
exports.CreateGatewayRuleResponse$ = CreateGatewayRuleResponse$;
exports.CreateGatewayTarget$ = CreateGatewayTarget$;
exports.CreateGatewayTargetCommand = CreateGatewayTargetCommand;
exports.CreateGatewayTargetRequest$ = CreateGatewayTargetRequest$;
exports.CreateGatewayTargetResponse$ = CreateGatewayTargetResponse$;
exports.CreateHarness$ = CreateHarness$;
exports.CreateHarnessCommand = CreateHarnessCommand;
exports.CreateHarnessEndpoint$ = CreateHarnessEndpoint$;
exports.CreateHarnessEndpointCommand = CreateHarnessEndpointCommand;
exports.CreateHarnessEndpointRequest$ = CreateHarnessEndpointRequest$;
exports.CreateHarnessEndpointResponse$ = CreateHarnessEndpointResponse$;
exports.CreateHarnessRequest$ = CreateHarnessRequest$;
exports.CreateHarnessResponse$ = CreateHarnessResponse$;
exports.CreateMemory$ = CreateMemory$;
exports.CreateMemoryCommand = CreateMemoryCommand;
exports.CreateMemoryInput$ = CreateMemoryInput$;
exports.CreateMemoryOutput$ = CreateMemoryOutput$;
exports.CreateOauth2CredentialProvider$ = CreateOauth2CredentialProvider$;
exports.CreateOauth2CredentialProviderCommand = CreateOauth2CredentialProviderCommand;
exports.CreateOauth2CredentialProviderRequest$ = CreateOauth2CredentialProviderRequest$;
exports.CreateOauth2CredentialProviderResponse$ = CreateOauth2CredentialProviderResponse$;
exports.CreateOnlineEvaluationConfig$ = CreateOnlineEvaluationConfig$;
exports.CreateOnlineEvaluationConfigCommand = CreateOnlineEvaluationConfigCommand;
exports.CreateOnlineEvaluationConfigRequest$ = CreateOnlineEvaluationConfigRequest$;
exports.CreateOnlineEvaluationConfigResponse$ = CreateOnlineEvaluationConfigResponse$;
exports.CreatePaymentConnector$ = CreatePaymentConnector$;
exports.CreatePaymentConnectorCommand = CreatePaymentConnectorCommand;
exports.CreatePaymentConnectorRequest$ = CreatePaymentConnectorRequest$;
exports.CreatePaymentConnectorResponse$ = CreatePaymentConnectorResponse$;
exports.CreatePaymentCredentialProvider$ = CreatePaymentCredentialProvider$;
exports.CreatePaymentCredentialProviderCommand = CreatePaymentCredentialProviderCommand;
exports.CreatePaymentCredentialProviderRequest$ = CreatePaymentCredentialProviderRequest$;
exports.CreatePaymentCredentialProviderResponse$ = CreatePaymentCredentialProviderResponse$;
exports.CreatePaymentManager$ = CreatePaymentManager$;
exports.CreatePaymentManagerCommand = CreatePaymentManagerCommand;
exports.CreatePaymentManagerRequest$ = CreatePaymentManagerRequest$;
exports.CreatePaymentManagerResponse$ = CreatePaymentManagerResponse$;
exports.CreatePolicy$ = CreatePolicy$;
exports.CreatePolicyCommand = CreatePolicyCommand;
exports.CreatePolicyEngine$ = CreatePolicyEngine$;
exports.CreatePolicyEngineCommand = CreatePolicyEngineCommand;
exports.CreatePolicyEngineRequest$ = CreatePolicyEngineRequest$;
exports.CreatePolicyEngineResponse$ = CreatePolicyEngineResponse$;
exports.CreatePolicyRequest$ = CreatePolicyRequest$;
exports.CreatePolicyResponse$ = CreatePolicyResponse$;
exports.CreateRegistry$ = CreateRegistry$;
exports.CreateRegistryCommand = CreateRegistryCommand;
exports.CreateRegistryRecord$ = CreateRegistryRecord$;
exports.CreateRegistryRecordCommand = CreateRegistryRecordCommand;
exports.CreateRegistryRecordRequest$ = CreateRegistryRecordRequest$;
exports.CreateRegistryRecordResponse$ = CreateRegistryRecordResponse$;
exports.CreateRegistryRequest$ = CreateRegistryRequest$;
exports.CreateRegistryResponse$ = CreateRegistryResponse$;
exports.CreateWorkloadIdentity$ = CreateWorkloadIdentity$;
exports.CreateWorkloadIdentityCommand = CreateWorkloadIdentityCommand;
exports.CreateWorkloadIdentityRequest$ = CreateWorkloadIdentityRequest$;
exports.CreateWorkloadIdentityResponse$ = CreateWorkloadIdentityResponse$;
exports.CredentialProvider$ = CredentialProvider$;
exports.CredentialProviderConfiguration$ = CredentialProviderConfiguration$;
exports.CredentialProviderType = CredentialProviderType;
exports.CredentialProviderVendorType = CredentialProviderVendorType;
exports.CredentialRotationConfig$ = CredentialRotationConfig$;
exports.CredentialsProviderConfiguration$ = CredentialsProviderConfiguration$;
exports.CustomClaimValidationType$ = CustomClaimValidationType$;
exports.CustomConfigurationInput$ = CustomConfigurationInput$;
exports.CustomConsolidationConfiguration$ = CustomConsolidationConfiguration$;
exports.CustomConsolidationConfigurationInput$ = CustomConsolidationConfigurationInput$;
exports.CustomDescriptor$ = CustomDescriptor$;
exports.CustomExtractionConfiguration$ = CustomExtractionConfiguration$;
exports.CustomExtractionConfigurationInput$ = CustomExtractionConfigurationInput$;
exports.CustomJWTAuthorizerConfiguration$ = CustomJWTAuthorizerConfiguration$;
exports.CustomMemoryStrategyInput$ = CustomMemoryStrategyInput$;
exports.CustomOauth2ProviderConfigInput$ = CustomOauth2ProviderConfigInput$;
exports.CustomOauth2ProviderConfigOutput$ = CustomOauth2ProviderConfigOutput$;
exports.CustomReflectionConfiguration$ = CustomReflectionConfiguration$;
exports.CustomReflectionConfigurationInput$ = CustomReflectionConfigurationInput$;
exports.CustomTransformConfiguration$ = CustomTransformConfiguration$;
exports.DataSourceConfig$ = DataSourceConfig$;
exports.DataSourceType$ = DataSourceType$;
exports.DatasetSchemaType = DatasetSchemaType;
exports.DatasetStatus = DatasetStatus;
exports.DatasetSummary$ = DatasetSummary$;
exports.DatasetVersionSummary$ = DatasetVersionSummary$;
exports.DecryptionFailure = DecryptionFailure;
exports.DecryptionFailure$ = DecryptionFailure$;
exports.DeleteAgentRuntime$ = DeleteAgentRuntime$;
exports.DeleteAgentRuntimeCommand = DeleteAgentRuntimeCommand;
exports.DeleteAgentRuntimeEndpoint$ = DeleteAgentRuntimeEndpoint$;
exports.DeleteAgentRuntimeEndpointCommand = DeleteAgentRuntimeEndpointCommand;
exports.DeleteAgentRuntimeEndpointRequest$ = DeleteAgentRuntimeEndpointRequest$;
exports.DeleteAgentRuntimeEndpointResponse$ = DeleteAgentRuntimeEndpointResponse$;
exports.DeleteAgentRuntimeRequest$ = DeleteAgentRuntimeRequest$;
exports.DeleteAgentRuntimeResponse$ = DeleteAgentRuntimeResponse$;
exports.DeleteApiKeyCredentialProvider$ = DeleteApiKeyCredentialProvider$;
exports.DeleteApiKeyCredentialProviderCommand = DeleteApiKeyCredentialProviderCommand;
exports.DeleteApiKeyCredentialProviderRequest$ = DeleteApiKeyCredentialProviderRequest$;
exports.DeleteApiKeyCredentialProviderResponse$ = DeleteApiKeyCredentialProviderResponse$;
exports.DeleteBrowser$ = DeleteBrowser$;
exports.DeleteBrowserCommand = DeleteBrowserCommand;
exports.DeleteBrowserProfile$ = DeleteBrowserProfile$;
exports.DeleteBrowserProfileCommand = DeleteBrowserProfileCommand;
exports.DeleteBrowserProfileRequest$ = DeleteBrowserProfileRequest$;
exports.DeleteBrowserProfileResponse$ = DeleteBrowserProfileResponse$;
exports.DeleteBrowserRequest$ = DeleteBrowserRequest$;
exports.DeleteBrowserResponse$ = DeleteBrowserResponse$;
exports.DeleteCapacityProvider$ = DeleteCapacityProvider$;
exports.DeleteCapacityProviderCommand = DeleteCapacityProviderCommand;
exports.DeleteCapacityProviderInput$ = DeleteCapacityProviderInput$;
exports.DeleteCapacityProviderOutput$ = DeleteCapacityProviderOutput$;
exports.DeleteCodeInterpreter$ = DeleteCodeInterpreter$;
exports.DeleteCodeInterpreterCommand = DeleteCodeInterpreterCommand;
exports.DeleteCodeInterpreterRequest$ = DeleteCodeInterpreterRequest$;
exports.DeleteCodeInterpreterResponse$ = DeleteCodeInterpreterResponse$;
exports.DeleteConfigurationBundle$ = DeleteConfigurationBundle$;
exports.DeleteConfigurationBundleCommand = DeleteConfigurationBundleCommand;
exports.DeleteConfigurationBundleRequest$ = DeleteConfigurationBundleRequest$;
exports.DeleteConfigurationBundleResponse$ = DeleteConfigurationBundleResponse$;
exports.DeleteConsentPortal$ = DeleteConsentPortal$;
exports.DeleteConsentPortalCommand = DeleteConsentPortalCommand;
exports.DeleteConsentPortalRequest$ = DeleteConsentPortalRequest$;
exports.DeleteConsentPortalResponse$ = DeleteConsentPortalResponse$;
exports.DeleteDataset$ = DeleteDataset$;
exports.DeleteDatasetCommand = DeleteDatasetCommand;
exports.DeleteDatasetExamples$ = DeleteDatasetExamples$;
exports.DeleteDatasetExamplesCommand = DeleteDatasetExamplesCommand;
exports.DeleteDatasetExamplesRequest$ = DeleteDatasetExamplesRequest$;
exports.DeleteDatasetExamplesResponse$ = DeleteDatasetExamplesResponse$;
exports.DeleteDatasetRequest$ = DeleteDatasetRequest$;
exports.DeleteDatasetResponse$ = DeleteDatasetResponse$;
exports.DeleteEvaluator$ = DeleteEvaluator$;
exports.DeleteEvaluatorCommand = DeleteEvaluatorCommand;
exports.DeleteEvaluatorRequest$ = DeleteEvaluatorRequest$;
exports.DeleteEvaluatorResponse$ = DeleteEvaluatorResponse$;
exports.DeleteGateway$ = DeleteGateway$;
exports.DeleteGatewayCommand = DeleteGatewayCommand;
exports.DeleteGatewayRateLimit$ = DeleteGatewayRateLimit$;
exports.DeleteGatewayRateLimitCommand = DeleteGatewayRateLimitCommand;
exports.DeleteGatewayRateLimitRequest$ = DeleteGatewayRateLimitRequest$;
exports.DeleteGatewayRateLimitResponse$ = DeleteGatewayRateLimitResponse$;
exports.DeleteGatewayRequest$ = DeleteGatewayRequest$;
exports.DeleteGatewayResponse$ = DeleteGatewayResponse$;
exports.DeleteGatewayRule$ = DeleteGatewayRule$;
exports.DeleteGatewayRuleCommand = DeleteGatewayRuleCommand;
exports.DeleteGatewayRuleRequest$ = DeleteGatewayRuleRequest$;
exports.DeleteGatewayRuleResponse$ = DeleteGatewayRuleResponse$;
exports.DeleteGatewayTarget$ = DeleteGatewayTarget$;
exports.DeleteGatewayTargetCommand = DeleteGatewayTargetCommand;
exports.DeleteGatewayTargetRequest$ = DeleteGatewayTargetRequest$;
exports.DeleteGatewayTargetResponse$ = DeleteGatewayTargetResponse$;
exports.DeleteHarness$ = DeleteHarness$;
exports.DeleteHarnessCommand = DeleteHarnessCommand;
exports.DeleteHarnessEndpoint$ = DeleteHarnessEndpoint$;
exports.DeleteHarnessEndpointCommand = DeleteHarnessEndpointCommand;
exports.DeleteHarnessEndpointRequest$ = DeleteHarnessEndpointRequest$;
exports.DeleteHarnessEndpointResponse$ = DeleteHarnessEndpointResponse$;
exports.DeleteHarnessRequest$ = DeleteHarnessRequest$;
exports.DeleteHarnessResponse$ = DeleteHarnessResponse$;
exports.DeleteMemory$ = DeleteMemory$;
exports.DeleteMemoryCommand = DeleteMemoryCommand;
exports.DeleteMemoryInput$ = DeleteMemoryInput$;
exports.DeleteMemoryOutput$ = DeleteMemoryOutput$;
exports.DeleteMemoryStrategyInput$ = DeleteMemoryStrategyInput$;
exports.DeleteOauth2CredentialProvider$ = DeleteOauth2CredentialProvider$;
exports.DeleteOauth2CredentialProviderCommand = DeleteOauth2CredentialProviderCommand;
exports.DeleteOauth2CredentialProviderRequest$ = DeleteOauth2CredentialProviderRequest$;
exports.DeleteOauth2CredentialProviderResponse$ = DeleteOauth2CredentialProviderResponse$;
exports.DeleteOnlineEvaluationConfig$ = DeleteOnlineEvaluationConfig$;
exports.DeleteOnlineEvaluationConfigCommand = DeleteOnlineEvaluationConfigCommand;
exports.DeleteOnlineEvaluationConfigRequest$ = DeleteOnlineEvaluationConfigRequest$;
exports.DeleteOnlineEvaluationConfigResponse$ = DeleteOnlineEvaluationConfigResponse$;
exports.DeletePaymentConnector$ = DeletePaymentConnector$;
exports.DeletePaymentConnectorCommand = DeletePaymentConnectorCommand;
exports.DeletePaymentConnectorRequest$ = DeletePaymentConnectorRequest$;
exports.DeletePaymentConnectorResponse$ = DeletePaymentConnectorResponse$;
exports.DeletePaymentCredentialProvider$ = DeletePaymentCredentialProvider$;
exports.DeletePaymentCredentialProviderCommand = DeletePaymentCredentialProviderCommand;
exports.DeletePaymentCredentialProviderRequest$ = DeletePaymentCredentialProviderRequest$;
exports.DeletePaymentCredentialProviderResponse$ = DeletePaymentCredentialProviderResponse$;
exports.DeletePaymentManager$ = DeletePaymentManager$;
exports.DeletePaymentManagerCommand = DeletePaymentManagerCommand;
exports.DeletePaymentManagerRequest$ = DeletePaymentManagerRequest$;
exports.DeletePaymentManagerResponse$ = DeletePaymentManagerResponse$;
exports.DeletePolicy$ = DeletePolicy$;
exports.DeletePolicyCommand = DeletePolicyCommand;
exports.DeletePolicyEngine$ = DeletePolicyEngine$;
exports.DeletePolicyEngineCommand = DeletePolicyEngineCommand;
exports.DeletePolicyEngineRequest$ = DeletePolicyEngineRequest$;
exports.DeletePolicyEngineResponse$ = DeletePolicyEngineResponse$;
exports.DeletePolicyRequest$ = DeletePolicyRequest$;
exports.DeletePolicyResponse$ = DeletePolicyResponse$;
exports.DeleteRegistry$ = DeleteRegistry$;
exports.DeleteRegistryCommand = DeleteRegistryCommand;
exports.DeleteRegistryRecord$ = DeleteRegistryRecord$;
exports.DeleteRegistryRecordCommand = DeleteRegistryRecordCommand;
exports.DeleteRegistryRecordRequest$ = DeleteRegistryRecordRequest$;
exports.DeleteRegistryRecordResponse$ = DeleteRegistryRecordResponse$;
exports.DeleteRegistryRequest$ = DeleteRegistryRequest$;
exports.DeleteRegistryResponse$ = DeleteRegistryResponse$;
exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
exports.DeleteWorkloadIdentity$ = DeleteWorkloadIdentity$;
exports.DeleteWorkloadIdentityCommand = DeleteWorkloadIdentityCommand;
exports.DeleteWorkloadIdentityRequest$ = DeleteWorkloadIdentityRequest$;
exports.DeleteWorkloadIdentityResponse$ = DeleteWorkloadIdentityResponse$;
exports.DerivedEvaluatorConfig$ = DerivedEvaluatorConfig$;
exports.DescriptorType = DescriptorType;
exports.Descriptors$ = Descriptors$;
exports.DraftStatus = DraftStatus;
exports.EbsVolumeConfiguration$ = EbsVolumeConfiguration$;
exports.EbsVolumeType = EbsVolumeType;
exports.Ec2Configuration$ = Ec2Configuration$;
exports.EfsAccessPointConfiguration$ = EfsAccessPointConfiguration$;
exports.EfsConfiguration$ = EfsConfiguration$;
exports.EncryptionFailure = EncryptionFailure;
exports.EncryptionFailure$ = EncryptionFailure$;
exports.EndpointIpAddressType = EndpointIpAddressType;
exports.EnforcementMode = EnforcementMode;
exports.EphemeralBlockDeviceMapping$ = EphemeralBlockDeviceMapping$;
exports.EphemeralEBSVolumeConfiguration$ = EphemeralEBSVolumeConfiguration$;
exports.EpisodicConsolidationOverride$ = EpisodicConsolidationOverride$;
exports.EpisodicExtractionOverride$ = EpisodicExtractionOverride$;
exports.EpisodicMemoryStrategyInput$ = EpisodicMemoryStrategyInput$;
exports.EpisodicOverrideConfigurationInput$ = EpisodicOverrideConfigurationInput$;
exports.EpisodicOverrideConsolidationConfigurationInput$ = EpisodicOverrideConsolidationConfigurationInput$;
exports.EpisodicOverrideExtractionConfigurationInput$ = EpisodicOverrideExtractionConfigurationInput$;
exports.EpisodicOverrideReflectionConfigurationInput$ = EpisodicOverrideReflectionConfigurationInput$;
exports.EpisodicReflectionConfiguration$ = EpisodicReflectionConfiguration$;
exports.EpisodicReflectionConfigurationInput$ = EpisodicReflectionConfigurationInput$;
exports.EpisodicReflectionOverride$ = EpisodicReflectionOverride$;
exports.EvaluatorConfig$ = EvaluatorConfig$;
exports.EvaluatorLevel = EvaluatorLevel;
exports.EvaluatorModelConfig$ = EvaluatorModelConfig$;
exports.EvaluatorReference$ = EvaluatorReference$;
exports.EvaluatorStatus = EvaluatorStatus;
exports.EvaluatorSummary$ = EvaluatorSummary$;
exports.EvaluatorType = EvaluatorType;
exports.ExceptionLevel = ExceptionLevel;
exports.ExtractionConfig$ = ExtractionConfig$;
exports.ExtractionConfiguration$ = ExtractionConfiguration$;
exports.ExtractionType = ExtractionType;
exports.FilesystemConfiguration$ = FilesystemConfiguration$;
exports.Filter$ = Filter$;
exports.FilterOperator = FilterOperator;
exports.FilterValue$ = FilterValue$;
exports.Finding$ = Finding$;
exports.FindingType = FindingType;
exports.FromUrlSynchronizationConfiguration$ = FromUrlSynchronizationConfiguration$;
exports.GatewayApiKeyCredentialProvider$ = GatewayApiKeyCredentialProvider$;
exports.GatewayInterceptionPoint = GatewayInterceptionPoint;
exports.GatewayInterceptorConfiguration$ = GatewayInterceptorConfiguration$;
exports.GatewayPolicyEngineConfiguration$ = GatewayPolicyEngineConfiguration$;
exports.GatewayPolicyEngineMode = GatewayPolicyEngineMode;
exports.GatewayProtocolConfiguration$ = GatewayProtocolConfiguration$;
exports.GatewayProtocolType = GatewayProtocolType;
exports.GatewayRateLimitDetail$ = GatewayRateLimitDetail$;
exports.GatewayRateLimitStatus = GatewayRateLimitStatus;
exports.GatewayRuleDetail$ = GatewayRuleDetail$;
exports.GatewayRuleStatus = GatewayRuleStatus;
exports.GatewayStatus = GatewayStatus;
exports.GatewaySummary$ = GatewaySummary$;
exports.GatewayTarget$ = GatewayTarget$;
exports.GetAgentRuntime$ = GetAgentRuntime$;
exports.GetAgentRuntimeCommand = GetAgentRuntimeCommand;
exports.GetAgentRuntimeEndpoint$ = GetAgentRuntimeEndpoint$;
exports.GetAgentRuntimeEndpointCommand = GetAgentRuntimeEndpointCommand;
exports.GetAgentRuntimeEndpointRequest$ = GetAgentRuntimeEndpointRequest$;
exports.GetAgentRuntimeEndpointResponse$ = GetAgentRuntimeEndpointResponse$;
exports.GetAgentRuntimeRequest$ = GetAgentRuntimeRequest$;
exports.GetAgentRuntimeResponse$ = GetAgentRuntimeResponse$;
exports.GetApiKeyCredentialProvider$ = GetApiKeyCredentialProvider$;
exports.GetApiKeyCredentialProviderCommand = GetApiKeyCredentialProviderCommand;
exports.GetApiKeyCredentialProviderRequest$ = GetApiKeyCredentialProviderRequest$;
exports.GetApiKeyCredentialProviderResponse$ = GetApiKeyCredentialProviderResponse$;
exports.GetBrowser$ = GetBrowser$;
exports.GetBrowserCommand = GetBrowserCommand;
exports.GetBrowserProfile$ = GetBrowserProfile$;
exports.GetBrowserProfileCommand = GetBrowserProfileCommand;
exports.GetBrowserProfileRequest$ = GetBrowserProfileRequest$;
exports.GetBrowserProfileResponse$ = GetBrowserProfileResponse$;
exports.GetBrowserRequest$ = GetBrowserRequest$;
exports.GetBrowserResponse$ = GetBrowserResponse$;
exports.GetCapacityProvider$ = GetCapacityProvider$;
exports.GetCapacityProviderCommand = GetCapacityProviderCommand;
exports.GetCapacityProviderInput$ = GetCapacityProviderInput$;
exports.GetCapacityProviderOutput$ = GetCapacityProviderOutput$;
exports.GetCodeInterpreter$ = GetCodeInterpreter$;
exports.GetCodeInterpreterCommand = GetCodeInterpreterCommand;
exports.GetCodeInterpreterRequest$ = GetCodeInterpreterRequest$;
exports.GetCodeInterpreterResponse$ = GetCodeInterpreterResponse$;
exports.GetConfigurationBundle$ = GetConfigurationBundle$;
exports.GetConfigurationBundleCommand = GetConfigurationBundleCommand;
exports.GetConfigurationBundleRequest$ = GetConfigurationBundleRequest$;
exports.GetConfigurationBundleResponse$ = GetConfigurationBundleResponse$;
exports.GetConfigurationBundleVersion$ = GetConfigurationBundleVersion$;
exports.GetConfigurationBundleVersionCommand = GetConfigurationBundleVersionCommand;
exports.GetConfigurationBundleVersionRequest$ = GetConfigurationBundleVersionRequest$;
exports.GetConfigurationBundleVersionResponse$ = GetConfigurationBundleVersionResponse$;
exports.GetConsentPortal$ = GetConsentPortal$;
exports.GetConsentPortalCommand = GetConsentPortalCommand;
exports.GetConsentPortalRequest$ = GetConsentPortalRequest$;
exports.GetConsentPortalResponse$ = GetConsentPortalResponse$;
exports.GetDataset$ = GetDataset$;
exports.GetDatasetCommand = GetDatasetCommand;
exports.GetDatasetRequest$ = GetDatasetRequest$;
exports.GetDatasetResponse$ = GetDatasetResponse$;
exports.GetEvaluator$ = GetEvaluator$;
exports.GetEvaluatorCommand = GetEvaluatorCommand;
exports.GetEvaluatorRequest$ = GetEvaluatorRequest$;
exports.GetEvaluatorResponse$ = GetEvaluatorResponse$;
exports.GetGateway$ = GetGateway$;
exports.GetGatewayCommand = GetGatewayCommand;
exports.GetGatewayRateLimit$ = GetGatewayRateLimit$;
exports.GetGatewayRateLimitCommand = GetGatewayRateLimitCommand;
exports.GetGatewayRateLimitRequest$ = GetGatewayRateLimitRequest$;
exports.GetGatewayRateLimitResponse$ = GetGatewayRateLimitResponse$;
exports.GetGatewayRequest$ = GetGatewayRequest$;
exports.GetGatewayResponse$ = GetGatewayResponse$;
exports.GetGatewayRule$ = GetGatewayRule$;
exports.GetGatewayRuleCommand = GetGatewayRuleCommand;
exports.GetGatewayRuleRequest$ = GetGatewayRuleRequest$;
exports.GetGatewayRuleResponse$ = GetGatewayRuleResponse$;
exports.GetGatewayTarget$ = GetGatewayTarget$;
exports.GetGatewayTargetCommand = GetGatewayTargetCommand;
exports.GetGatewayTargetRequest$ = GetGatewayTargetRequest$;
exports.GetGatewayTargetResponse$ = GetGatewayTargetResponse$;
exports.GetHarness$ = GetHarness$;
exports.GetHarnessCommand = GetHarnessCommand;
exports.GetHarnessEndpoint$ = GetHarnessEndpoint$;
exports.GetHarnessEndpointCommand = GetHarnessEndpointCommand;
exports.GetHarnessEndpointRequest$ = GetHarnessEndpointRequest$;
exports.GetHarnessEndpointResponse$ = GetHarnessEndpointResponse$;
exports.GetHarnessRequest$ = GetHarnessRequest$;
exports.GetHarnessResponse$ = GetHarnessResponse$;
exports.GetMemory$ = GetMemory$;
exports.GetMemoryCommand = GetMemoryCommand;
exports.GetMemoryInput$ = GetMemoryInput$;
exports.GetMemoryOutput$ = GetMemoryOutput$;
exports.GetOauth2CredentialProvider$ = GetOauth2CredentialProvider$;
exports.GetOauth2CredentialProviderCommand = GetOauth2CredentialProviderCommand;
exports.GetOauth2CredentialProviderRequest$ = GetOauth2CredentialProviderRequest$;
exports.GetOauth2CredentialProviderResponse$ = GetOauth2CredentialProviderResponse$;
exports.GetOnlineEvaluationConfig$ = GetOnlineEvaluationConfig$;
exports.GetOnlineEvaluationConfigCommand = GetOnlineEvaluationConfigCommand;
exports.GetOnlineEvaluationConfigRequest$ = GetOnlineEvaluationConfigRequest$;
exports.GetOnlineEvaluationConfigResponse$ = GetOnlineEvaluationConfigResponse$;
exports.GetPaymentConnector$ = GetPaymentConnector$;
exports.GetPaymentConnectorCommand = GetPaymentConnectorCommand;
exports.GetPaymentConnectorRequest$ = GetPaymentConnectorRequest$;
exports.GetPaymentConnectorResponse$ = GetPaymentConnectorResponse$;
exports.GetPaymentCredentialProvider$ = GetPaymentCredentialProvider$;
exports.GetPaymentCredentialProviderCommand = GetPaymentCredentialProviderCommand;
exports.GetPaymentCredentialProviderRequest$ = GetPaymentCredentialProviderRequest$;
exports.GetPaymentCredentialProviderResponse$ = GetPaymentCredentialProviderResponse$;
exports.GetPaymentManager$ = GetPaymentManager$;
exports.GetPaymentManagerCommand = GetPaymentManagerCommand;
exports.GetPaymentManagerRequest$ = GetPaymentManagerRequest$;
exports.GetPaymentManagerResponse$ = GetPaymentManagerResponse$;
exports.GetPolicy$ = GetPolicy$;
exports.GetPolicyCommand = GetPolicyCommand;
exports.GetPolicyEngine$ = GetPolicyEngine$;
exports.GetPolicyEngineCommand = GetPolicyEngineCommand;
exports.GetPolicyEngineRequest$ = GetPolicyEngineRequest$;
exports.GetPolicyEngineResponse$ = GetPolicyEngineResponse$;
exports.GetPolicyEngineSummary$ = GetPolicyEngineSummary$;
exports.GetPolicyEngineSummaryCommand = GetPolicyEngineSummaryCommand;
exports.GetPolicyEngineSummaryRequest$ = GetPolicyEngineSummaryRequest$;
exports.GetPolicyEngineSummaryResponse$ = GetPolicyEngineSummaryResponse$;
exports.GetPolicyGeneration$ = GetPolicyGeneration$;
exports.GetPolicyGenerationCommand = GetPolicyGenerationCommand;
exports.GetPolicyGenerationRequest$ = GetPolicyGenerationRequest$;
exports.GetPolicyGenerationResponse$ = GetPolicyGenerationResponse$;
exports.GetPolicyGenerationSummary$ = GetPolicyGenerationSummary$;
exports.GetPolicyGenerationSummaryCommand = GetPolicyGenerationSummaryCommand;
exports.GetPolicyGenerationSummaryRequest$ = GetPolicyGenerationSummaryRequest$;
exports.GetPolicyGenerationSummaryResponse$ = GetPolicyGenerationSummaryResponse$;
exports.GetPolicyRequest$ = GetPolicyRequest$;
exports.GetPolicyResponse$ = GetPolicyResponse$;
exports.GetPolicySummary$ = GetPolicySummary$;
exports.GetPolicySummaryCommand = GetPolicySummaryCommand;
exports.GetPolicySummaryRequest$ = GetPolicySummaryRequest$;
exports.GetPolicySummaryResponse$ = GetPolicySummaryResponse$;
exports.GetRegistry$ = GetRegistry$;
exports.GetRegistryCommand = GetRegistryCommand;
exports.GetRegistryRecord$ = GetRegistryRecord$;
exports.GetRegistryRecordCommand = GetRegistryRecordCommand;
exports.GetRegistryRecordRequest$ = GetRegistryRecordRequest$;
exports.GetRegistryRecordResponse$ = GetRegistryRecordResponse$;
exports.GetRegistryRequest$ = GetRegistryRequest$;
exports.GetRegistryResponse$ = GetRegistryResponse$;
exports.GetResourcePolicy$ = GetResourcePolicy$;
exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
exports.GetResourcePolicyRequest$ = GetResourcePolicyRequest$;
exports.GetResourcePolicyResponse$ = GetResourcePolicyResponse$;
exports.GetTokenVault$ = GetTokenVault$;
exports.GetTokenVaultCommand = GetTokenVaultCommand;
exports.GetTokenVaultRequest$ = GetTokenVaultRequest$;
exports.GetTokenVaultResponse$ = GetTokenVaultResponse$;
exports.GetWorkloadIdentity$ = GetWorkloadIdentity$;
exports.GetWorkloadIdentityCommand = GetWorkloadIdentityCommand;
exports.GetWorkloadIdentityRequest$ = GetWorkloadIdentityRequest$;
exports.GetWorkloadIdentityResponse$ = GetWorkloadIdentityResponse$;
exports.GithubOauth2ProviderConfigInput$ = GithubOauth2ProviderConfigInput$;
exports.GithubOauth2ProviderConfigOutput$ = GithubOauth2ProviderConfigOutput$;
exports.GoogleOauth2ProviderConfigInput$ = GoogleOauth2ProviderConfigInput$;
exports.GoogleOauth2ProviderConfigOutput$ = GoogleOauth2ProviderConfigOutput$;
exports.Harness$ = Harness$;
exports.HarnessAfterInvocationHook$ = HarnessAfterInvocationHook$;
exports.HarnessAfterToolCallHook$ = HarnessAfterToolCallHook$;
exports.HarnessAgentCoreBrowserConfig$ = HarnessAgentCoreBrowserConfig$;
exports.HarnessAgentCoreCodeInterpreterConfig$ = HarnessAgentCoreCodeInterpreterConfig$;
exports.HarnessAgentCoreGatewayConfig$ = HarnessAgentCoreGatewayConfig$;
exports.HarnessAgentCoreMemoryConfiguration$ = HarnessAgentCoreMemoryConfiguration$;
exports.HarnessAgentCoreMemoryRetrievalConfig$ = HarnessAgentCoreMemoryRetrievalConfig$;
exports.HarnessAgentCoreRuntimeEnvironment$ = HarnessAgentCoreRuntimeEnvironment$;
exports.HarnessAgentCoreRuntimeEnvironmentRequest$ = HarnessAgentCoreRuntimeEnvironmentRequest$;
exports.HarnessBedrockApiFormat = HarnessBedrockApiFormat;
exports.HarnessBedrockModelConfig$ = HarnessBedrockModelConfig$;
exports.HarnessBeforeInvocationHook$ = HarnessBeforeInvocationHook$;
exports.HarnessBeforeToolCallHook$ = HarnessBeforeToolCallHook$;
exports.HarnessDisabledMemoryConfiguration$ = HarnessDisabledMemoryConfiguration$;
exports.HarnessEndpoint$ = HarnessEndpoint$;
exports.HarnessEndpointStatus = HarnessEndpointStatus;
exports.HarnessEnvironmentArtifact$ = HarnessEnvironmentArtifact$;
exports.HarnessEnvironmentProvider$ = HarnessEnvironmentProvider$;
exports.HarnessEnvironmentProviderRequest$ = HarnessEnvironmentProviderRequest$;
exports.HarnessGatewayOutboundAuth$ = HarnessGatewayOutboundAuth$;
exports.HarnessGeminiModelConfig$ = HarnessGeminiModelConfig$;
exports.HarnessHook$ = HarnessHook$;
exports.HarnessHookEventBridgeTarget$ = HarnessHookEventBridgeTarget$;
exports.HarnessHookFailureMode = HarnessHookFailureMode;
exports.HarnessHookLambdaTarget$ = HarnessHookLambdaTarget$;
exports.HarnessHookSnsTarget$ = HarnessHookSnsTarget$;
exports.HarnessHookTarget$ = HarnessHookTarget$;
exports.HarnessInlineFunctionConfig$ = HarnessInlineFunctionConfig$;
exports.HarnessLiteLlmModelConfig$ = HarnessLiteLlmModelConfig$;
exports.HarnessManagedMemoryConfiguration$ = HarnessManagedMemoryConfiguration$;
exports.HarnessManagedMemoryStrategyType = HarnessManagedMemoryStrategyType;
exports.HarnessMemoryConfiguration$ = HarnessMemoryConfiguration$;
exports.HarnessModelConfiguration$ = HarnessModelConfiguration$;
exports.HarnessOpenAiApiFormat = HarnessOpenAiApiFormat;
exports.HarnessOpenAiModelConfig$ = HarnessOpenAiModelConfig$;
exports.HarnessRemoteMcpConfig$ = HarnessRemoteMcpConfig$;
exports.HarnessSkill$ = HarnessSkill$;
exports.HarnessSkillAwsSkillsSource$ = HarnessSkillAwsSkillsSource$;
exports.HarnessSkillGitAuth$ = HarnessSkillGitAuth$;
exports.HarnessSkillGitSource$ = HarnessSkillGitSource$;
exports.HarnessSkillS3Source$ = HarnessSkillS3Source$;
exports.HarnessSlidingWindowConfiguration$ = HarnessSlidingWindowConfiguration$;
exports.HarnessStatus = HarnessStatus;
exports.HarnessSummarizationConfiguration$ = HarnessSummarizationConfiguration$;
exports.HarnessSummary$ = HarnessSummary$;
exports.HarnessSystemContentBlock$ = HarnessSystemContentBlock$;
exports.HarnessTool$ = HarnessTool$;
exports.HarnessToolConfiguration$ = HarnessToolConfiguration$;
exports.HarnessToolType = HarnessToolType;
exports.HarnessTruncationConfiguration$ = HarnessTruncationConfiguration$;
exports.HarnessTruncationStrategy = HarnessTruncationStrategy;
exports.HarnessTruncationStrategyConfiguration$ = HarnessTruncationStrategyConfiguration$;
exports.HarnessVersionSummary$ = HarnessVersionSummary$;
exports.HostingEnvironment$ = HostingEnvironment$;
exports.HttpApiSchemaConfiguration$ = HttpApiSchemaConfiguration$;
exports.HttpConnectorSource$ = HttpConnectorSource$;
exports.HttpConnectorTargetConfiguration$ = HttpConnectorTargetConfiguration$;
exports.HttpTargetConfiguration$ = HttpTargetConfiguration$;
exports.IamCredentialProvider$ = IamCredentialProvider$;
exports.IamPrincipal$ = IamPrincipal$;
exports.InboundTokenClaimValueType = InboundTokenClaimValueType;
exports.IncludedData = IncludedData;
exports.IncludedOauth2ProviderConfigInput$ = IncludedOauth2ProviderConfigInput$;
exports.IncludedOauth2ProviderConfigOutput$ = IncludedOauth2ProviderConfigOutput$;
exports.IndexedKey$ = IndexedKey$;
exports.InferenceConfiguration$ = InferenceConfiguration$;
exports.InferenceConnectorSource$ = InferenceConnectorSource$;
exports.InferenceConnectorTargetConfiguration$ = InferenceConnectorTargetConfiguration$;
exports.InferenceOperationConfiguration$ = InferenceOperationConfiguration$;
exports.InferenceProviderTargetConfiguration$ = InferenceProviderTargetConfiguration$;
exports.InferenceTargetConfiguration$ = InferenceTargetConfiguration$;
exports.InlineExamplesSource$ = InlineExamplesSource$;
exports.Insight$ = Insight$;
exports.InstanceLifecycleConfiguration$ = InstanceLifecycleConfiguration$;
exports.InstanceRequirements$ = InstanceRequirements$;
exports.InterceptorConfiguration$ = InterceptorConfiguration$;
exports.InterceptorInputConfiguration$ = InterceptorInputConfiguration$;
exports.InterceptorPayloadExclusion = InterceptorPayloadExclusion;
exports.InterceptorPayloadExclusionSelector$ = InterceptorPayloadExclusionSelector$;
exports.InterceptorPayloadFilter$ = InterceptorPayloadFilter$;
exports.InternalServerException = InternalServerException;
exports.InternalServerException$ = InternalServerException$;
exports.InvocationConfiguration$ = InvocationConfiguration$;
exports.InvocationConfigurationInput$ = InvocationConfigurationInput$;
exports.KeyType = KeyType;
exports.KinesisResource$ = KinesisResource$;
exports.KmsConfiguration$ = KmsConfiguration$;
exports.KmsKeySourceType$ = KmsKeySourceType$;
exports.LambdaEvaluatorConfig$ = LambdaEvaluatorConfig$;
exports.LambdaInterceptorConfiguration$ = LambdaInterceptorConfiguration$;
exports.LambdaTransformConfiguration$ = LambdaTransformConfiguration$;
exports.LaunchParameters$ = LaunchParameters$;
exports.LaunchTemplateSource$ = LaunchTemplateSource$;
exports.LicenseSpecification$ = LicenseSpecification$;
exports.LifecycleConfiguration$ = LifecycleConfiguration$;
exports.LimitEntry$ = LimitEntry$;
exports.LinkedinOauth2ProviderConfigInput$ = LinkedinOauth2ProviderConfigInput$;
exports.LinkedinOauth2ProviderConfigOutput$ = LinkedinOauth2ProviderConfigOutput$;
exports.ListAgentRuntimeEndpoints$ = ListAgentRuntimeEndpoints$;
exports.ListAgentRuntimeEndpointsCommand = ListAgentRuntimeEndpointsCommand;
exports.ListAgentRuntimeEndpointsRequest$ = ListAgentRuntimeEndpointsRequest$;
exports.ListAgentRuntimeEndpointsResponse$ = ListAgentRuntimeEndpointsResponse$;
exports.ListAgentRuntimeVersions$ = ListAgentRuntimeVersions$;
exports.ListAgentRuntimeVersionsByCapacityProvider$ = ListAgentRuntimeVersionsByCapacityProvider$;
exports.ListAgentRuntimeVersionsByCapacityProviderCommand = ListAgentRuntimeVersionsByCapacityProviderCommand;
exports.ListAgentRuntimeVersionsByCapacityProviderInput$ = ListAgentRuntimeVersionsByCapacityProviderInput$;
exports.ListAgentRuntimeVersionsByCapacityProviderOutput$ = ListAgentRuntimeVersionsByCapacityProviderOutput$;
exports.ListAgentRuntimeVersionsCommand = ListAgentRuntimeVersionsCommand;
exports.ListAgentRuntimeVersionsRequest$ = ListAgentRuntimeVersionsRequest$;
exports.ListAgentRuntimeVersionsResponse$ = ListAgentRuntimeVersionsResponse$;
exports.ListAgentRuntimes$ = ListAgentRuntimes$;
exports.ListAgentRuntimesCommand = ListAgentRuntimesCommand;
exports.ListAgentRuntimesRequest$ = ListAgentRuntimesRequest$;
exports.ListAgentRuntimesResponse$ = ListAgentRuntimesResponse$;
exports.ListApiKeyCredentialProviders$ = ListApiKeyCredentialProviders$;
exports.ListApiKeyCredentialProvidersCommand = ListApiKeyCredentialProvidersCommand;
exports.ListApiKeyCredentialProvidersRequest$ = ListApiKeyCredentialProvidersRequest$;
exports.ListApiKeyCredentialProvidersResponse$ = ListApiKeyCredentialProvidersResponse$;
exports.ListBrowserProfiles$ = ListBrowserProfiles$;
exports.ListBrowserProfilesCommand = ListBrowserProfilesCommand;
exports.ListBrowserProfilesRequest$ = ListBrowserProfilesRequest$;
exports.ListBrowserProfilesResponse$ = ListBrowserProfilesResponse$;
exports.ListBrowsers$ = ListBrowsers$;
exports.ListBrowsersCommand = ListBrowsersCommand;
exports.ListBrowsersRequest$ = ListBrowsersRequest$;
exports.ListBrowsersResponse$ = ListBrowsersResponse$;
exports.ListCapacityProviders$ = ListCapacityProviders$;
exports.ListCapacityProvidersCommand = ListCapacityProvidersCommand;
exports.ListCapacityProvidersInput$ = ListCapacityProvidersInput$;
exports.ListCapacityProvidersOutput$ = ListCapacityProvidersOutput$;
exports.ListCodeInterpreters$ = ListCodeInterpreters$;
exports.ListCodeInterpretersCommand = ListCodeInterpretersCommand;
exports.ListCodeInterpretersRequest$ = ListCodeInterpretersRequest$;
exports.ListCodeInterpretersResponse$ = ListCodeInterpretersResponse$;
exports.ListConfigurationBundleVersions$ = ListConfigurationBundleVersions$;
exports.ListConfigurationBundleVersionsCommand = ListConfigurationBundleVersionsCommand;
exports.ListConfigurationBundleVersionsRequest$ = ListConfigurationBundleVersionsRequest$;
exports.ListConfigurationBundleVersionsResponse$ = ListConfigurationBundleVersionsResponse$;
exports.ListConfigurationBundles$ = ListConfigurationBundles$;
exports.ListConfigurationBundlesCommand = ListConfigurationBundlesCommand;
exports.ListConfigurationBundlesRequest$ = ListConfigurationBundlesRequest$;
exports.ListConfigurationBundlesResponse$ = ListConfigurationBundlesResponse$;
exports.ListConsentPortals$ = ListConsentPortals$;
exports.ListConsentPortalsCommand = ListConsentPortalsCommand;
exports.ListConsentPortalsRequest$ = ListConsentPortalsRequest$;
exports.ListConsentPortalsResponse$ = ListConsentPortalsResponse$;
exports.ListDatasetExamples$ = ListDatasetExamples$;
exports.ListDatasetExamplesCommand = ListDatasetExamplesCommand;
exports.ListDatasetExamplesRequest$ = ListDatasetExamplesRequest$;
exports.ListDatasetExamplesResponse$ = ListDatasetExamplesResponse$;
exports.ListDatasetVersions$ = ListDatasetVersions$;
exports.ListDatasetVersionsCommand = ListDatasetVersionsCommand;
exports.ListDatasetVersionsRequest$ = ListDatasetVersionsRequest$;
exports.ListDatasetVersionsResponse$ = ListDatasetVersionsResponse$;
exports.ListDatasets$ = ListDatasets$;
exports.ListDatasetsCommand = ListDatasetsCommand;
exports.ListDatasetsRequest$ = ListDatasetsRequest$;
exports.ListDatasetsResponse$ = ListDatasetsResponse$;
exports.ListEvaluators$ = ListEvaluators$;
exports.ListEvaluatorsCommand = ListEvaluatorsCommand;
exports.ListEvaluatorsRequest$ = ListEvaluatorsRequest$;
exports.ListEvaluatorsResponse$ = ListEvaluatorsResponse$;
exports.ListGatewayRateLimits$ = ListGatewayRateLimits$;
exports.ListGatewayRateLimitsCommand = ListGatewayRateLimitsCommand;
exports.ListGatewayRateLimitsRequest$ = ListGatewayRateLimitsRequest$;
exports.ListGatewayRateLimitsResponse$ = ListGatewayRateLimitsResponse$;
exports.ListGatewayRules$ = ListGatewayRules$;
exports.ListGatewayRulesCommand = ListGatewayRulesCommand;
exports.ListGatewayRulesRequest$ = ListGatewayRulesRequest$;
exports.ListGatewayRulesResponse$ = ListGatewayRulesResponse$;
exports.ListGatewayTargets$ = ListGatewayTargets$;
exports.ListGatewayTargetsCommand = ListGatewayTargetsCommand;
exports.ListGatewayTargetsRequest$ = ListGatewayTargetsRequest$;
exports.ListGatewayTargetsResponse$ = ListGatewayTargetsResponse$;
exports.ListGateways$ = ListGateways$;
exports.ListGatewaysCommand = ListGatewaysCommand;
exports.ListGatewaysRequest$ = ListGatewaysRequest$;
exports.ListGatewaysResponse$ = ListGatewaysResponse$;
exports.ListHarnessEndpoints$ = ListHarnessEndpoints$;
exports.ListHarnessEndpointsCommand = ListHarnessEndpointsCommand;
exports.ListHarnessEndpointsRequest$ = ListHarnessEndpointsRequest$;
exports.ListHarnessEndpointsResponse$ = ListHarnessEndpointsResponse$;
exports.ListHarnessVersions$ = ListHarnessVersions$;
exports.ListHarnessVersionsCommand = ListHarnessVersionsCommand;
exports.ListHarnessVersionsRequest$ = ListHarnessVersionsRequest$;
exports.ListHarnessVersionsResponse$ = ListHarnessVersionsResponse$;
exports.ListHarnesses$ = ListHarnesses$;
exports.ListHarnessesCommand = ListHarnessesCommand;
exports.ListHarnessesRequest$ = ListHarnessesRequest$;
exports.ListHarnessesResponse$ = ListHarnessesResponse$;
exports.ListMemories$ = ListMemories$;
exports.ListMemoriesCommand = ListMemoriesCommand;
exports.ListMemoriesInput$ = ListMemoriesInput$;
exports.ListMemoriesOutput$ = ListMemoriesOutput$;
exports.ListOauth2CredentialProviders$ = ListOauth2CredentialProviders$;
exports.ListOauth2CredentialProvidersCommand = ListOauth2CredentialProvidersCommand;
exports.ListOauth2CredentialProvidersRequest$ = ListOauth2CredentialProvidersRequest$;
exports.ListOauth2CredentialProvidersResponse$ = ListOauth2CredentialProvidersResponse$;
exports.ListOnlineEvaluationConfigs$ = ListOnlineEvaluationConfigs$;
exports.ListOnlineEvaluationConfigsCommand = ListOnlineEvaluationConfigsCommand;
exports.ListOnlineEvaluationConfigsRequest$ = ListOnlineEvaluationConfigsRequest$;
exports.ListOnlineEvaluationConfigsResponse$ = ListOnlineEvaluationConfigsResponse$;
exports.ListPaymentConnectors$ = ListPaymentConnectors$;
exports.ListPaymentConnectorsCommand = ListPaymentConnectorsCommand;
exports.ListPaymentConnectorsRequest$ = ListPaymentConnectorsRequest$;
exports.ListPaymentConnectorsResponse$ = ListPaymentConnectorsResponse$;
exports.ListPaymentCredentialProviders$ = ListPaymentCredentialProviders$;
exports.ListPaymentCredentialProvidersCommand = ListPaymentCredentialProvidersCommand;
exports.ListPaymentCredentialProvidersRequest$ = ListPaymentCredentialProvidersRequest$;
exports.ListPaymentCredentialProvidersResponse$ = ListPaymentCredentialProvidersResponse$;
exports.ListPaymentManagers$ = ListPaymentManagers$;
exports.ListPaymentManagersCommand = ListPaymentManagersCommand;
exports.ListPaymentManagersRequest$ = ListPaymentManagersRequest$;
exports.ListPaymentManagersResponse$ = ListPaymentManagersResponse$;
exports.ListPolicies$ = ListPolicies$;
exports.ListPoliciesCommand = ListPoliciesCommand;
exports.ListPoliciesRequest$ = ListPoliciesRequest$;
exports.ListPoliciesResponse$ = ListPoliciesResponse$;
exports.ListPolicyEngineSummaries$ = ListPolicyEngineSummaries$;
exports.ListPolicyEngineSummariesCommand = ListPolicyEngineSummariesCommand;
exports.ListPolicyEngineSummariesRequest$ = ListPolicyEngineSummariesRequest$;
exports.ListPolicyEngineSummariesResponse$ = ListPolicyEngineSummariesResponse$;
exports.ListPolicyEngines$ = ListPolicyEngines$;
exports.ListPolicyEnginesCommand = ListPolicyEnginesCommand;
exports.ListPolicyEnginesRequest$ = ListPolicyEnginesRequest$;
exports.ListPolicyEnginesResponse$ = ListPolicyEnginesResponse$;
exports.ListPolicyGenerationAssets$ = ListPolicyGenerationAssets$;
exports.ListPolicyGenerationAssetsCommand = ListPolicyGenerationAssetsCommand;
exports.ListPolicyGenerationAssetsRequest$ = ListPolicyGenerationAssetsRequest$;
exports.ListPolicyGenerationAssetsResponse$ = ListPolicyGenerationAssetsResponse$;
exports.ListPolicyGenerationSummaries$ = ListPolicyGenerationSummaries$;
exports.ListPolicyGenerationSummariesCommand = ListPolicyGenerationSummariesCommand;
exports.ListPolicyGenerationSummariesRequest$ = ListPolicyGenerationSummariesRequest$;
exports.ListPolicyGenerationSummariesResponse$ = ListPolicyGenerationSummariesResponse$;
exports.ListPolicyGenerations$ = ListPolicyGenerations$;
exports.ListPolicyGenerationsCommand = ListPolicyGenerationsCommand;
exports.ListPolicyGenerationsRequest$ = ListPolicyGenerationsRequest$;
exports.ListPolicyGenerationsResponse$ = ListPolicyGenerationsResponse$;
exports.ListPolicySummaries$ = ListPolicySummaries$;
exports.ListPolicySummariesCommand = ListPolicySummariesCommand;
exports.ListPolicySummariesRequest$ = ListPolicySummariesRequest$;
exports.ListPolicySummariesResponse$ = ListPolicySummariesResponse$;
exports.ListRegistries$ = ListRegistries$;
exports.ListRegistriesCommand = ListRegistriesCommand;
exports.ListRegistriesRequest$ = ListRegistriesRequest$;
exports.ListRegistriesResponse$ = ListRegistriesResponse$;
exports.ListRegistryRecords$ = ListRegistryRecords$;
exports.ListRegistryRecordsCommand = ListRegistryRecordsCommand;
exports.ListRegistryRecordsRequest$ = ListRegistryRecordsRequest$;
exports.ListRegistryRecordsResponse$ = ListRegistryRecordsResponse$;
exports.ListTagsForResource$ = ListTagsForResource$;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
exports.ListWorkloadIdentities$ = ListWorkloadIdentities$;
exports.ListWorkloadIdentitiesCommand = ListWorkloadIdentitiesCommand;
exports.ListWorkloadIdentitiesRequest$ = ListWorkloadIdentitiesRequest$;
exports.ListWorkloadIdentitiesResponse$ = ListWorkloadIdentitiesResponse$;
exports.ListingMode = ListingMode;
exports.LlmAsAJudgeEvaluatorConfig$ = LlmAsAJudgeEvaluatorConfig$;
exports.LlmExtractionConfig$ = LlmExtractionConfig$;
exports.MCPGatewayConfiguration$ = MCPGatewayConfiguration$;
exports.ManagedResourceDetails$ = ManagedResourceDetails$;
exports.ManagedVpcResource$ = ManagedVpcResource$;
exports.MatchPaths$ = MatchPaths$;
exports.MatchPrincipalEntry$ = MatchPrincipalEntry$;
exports.MatchPrincipals$ = MatchPrincipals$;
exports.McpDescriptor$ = McpDescriptor$;
exports.McpLambdaTargetConfiguration$ = McpLambdaTargetConfiguration$;
exports.McpServerTargetConfiguration$ = McpServerTargetConfiguration$;
exports.McpTargetConfiguration$ = McpTargetConfiguration$;
exports.McpToolSchemaConfiguration$ = McpToolSchemaConfiguration$;
exports.Memory$ = Memory$;
exports.MemoryRecordSchema$ = MemoryRecordSchema$;
exports.MemoryStatus = MemoryStatus;
exports.MemoryStrategy$ = MemoryStrategy$;
exports.MemoryStrategyInput$ = MemoryStrategyInput$;
exports.MemoryStrategyStatus = MemoryStrategyStatus;
exports.MemoryStrategyType = MemoryStrategyType;
exports.MemorySummary$ = MemorySummary$;
exports.MemoryView = MemoryView;
exports.MessageBasedTrigger$ = MessageBasedTrigger$;
exports.MessageBasedTriggerInput$ = MessageBasedTriggerInput$;
exports.MetadataConfiguration$ = MetadataConfiguration$;
exports.MetadataSchemaEntry$ = MetadataSchemaEntry$;
exports.MetadataValueType = MetadataValueType;
exports.MicrosoftOauth2ProviderConfigInput$ = MicrosoftOauth2ProviderConfigInput$;
exports.MicrosoftOauth2ProviderConfigOutput$ = MicrosoftOauth2ProviderConfigOutput$;
exports.ModelEntry$ = ModelEntry$;
exports.ModelMapping$ = ModelMapping$;
exports.ModifyConsolidationConfiguration$ = ModifyConsolidationConfiguration$;
exports.ModifyExtractionConfiguration$ = ModifyExtractionConfiguration$;
exports.ModifyInvocationConfigurationInput$ = ModifyInvocationConfigurationInput$;
exports.ModifyMemoryStrategies$ = ModifyMemoryStrategies$;
exports.ModifyMemoryStrategyInput$ = ModifyMemoryStrategyInput$;
exports.ModifyReflectionConfiguration$ = ModifyReflectionConfiguration$;
exports.ModifySelfManagedConfiguration$ = ModifySelfManagedConfiguration$;
exports.ModifyStrategyConfiguration$ = ModifyStrategyConfiguration$;
exports.Monitoring = Monitoring;
exports.NamespaceKeyEntry$ = NamespaceKeyEntry$;
exports.NamespaceKeyValidation$ = NamespaceKeyValidation$;
exports.NetworkConfiguration$ = NetworkConfiguration$;
exports.NetworkMode = NetworkMode;
exports.NumberValidation$ = NumberValidation$;
exports.NumericalScaleDefinition$ = NumericalScaleDefinition$;
exports.OAuth2AuthorizationData$ = OAuth2AuthorizationData$;
exports.OAuthCredentialProvider$ = OAuthCredentialProvider$;
exports.OAuthGrantType = OAuthGrantType;
exports.Oauth2AuthorizationServerMetadata$ = Oauth2AuthorizationServerMetadata$;
exports.Oauth2CredentialProviderItem$ = Oauth2CredentialProviderItem$;
exports.Oauth2Discovery$ = Oauth2Discovery$;
exports.Oauth2ProviderConfigInput$ = Oauth2ProviderConfigInput$;
exports.Oauth2ProviderConfigOutput$ = Oauth2ProviderConfigOutput$;
exports.OnBehalfOfTokenExchangeConfigType$ = OnBehalfOfTokenExchangeConfigType$;
exports.OnBehalfOfTokenExchangeGrantTypeType = OnBehalfOfTokenExchangeGrantTypeType;
exports.OnlineEvaluationConfigStatus = OnlineEvaluationConfigStatus;
exports.OnlineEvaluationConfigSummary$ = OnlineEvaluationConfigSummary$;
exports.OnlineEvaluationExecutionStatus = OnlineEvaluationExecutionStatus;
exports.OpenResponsesEvaluatorModelConfig$ = OpenResponsesEvaluatorModelConfig$;
exports.OperatingSystem = OperatingSystem;
exports.OutputConfig$ = OutputConfig$;
exports.OverrideType = OverrideType;
exports.PassthroughProtocolType = PassthroughProtocolType;
exports.PassthroughTargetConfiguration$ = PassthroughTargetConfiguration$;
exports.PaymentConnectorProvisionMode = PaymentConnectorProvisionMode;
exports.PaymentConnectorStatus = PaymentConnectorStatus;
exports.PaymentConnectorSummary$ = PaymentConnectorSummary$;
exports.PaymentConnectorType = PaymentConnectorType;
exports.PaymentCredentialProviderConfiguration$ = PaymentCredentialProviderConfiguration$;
exports.PaymentCredentialProviderItem$ = PaymentCredentialProviderItem$;
exports.PaymentCredentialProviderVendorType = PaymentCredentialProviderVendorType;
exports.PaymentManagerStatus = PaymentManagerStatus;
exports.PaymentManagerSummary$ = PaymentManagerSummary$;
exports.PaymentProviderConfigurationInput$ = PaymentProviderConfigurationInput$;
exports.PaymentProviderConfigurationOutput$ = PaymentProviderConfigurationOutput$;
exports.PaymentsAuthorizerType = PaymentsAuthorizerType;
exports.Period = Period;
exports.PermissionsConfiguration$ = PermissionsConfiguration$;
exports.Policy$ = Policy$;
exports.PolicyDefinition$ = PolicyDefinition$;
exports.PolicyEngine$ = PolicyEngine$;
exports.PolicyEngineStatus = PolicyEngineStatus;
exports.PolicyEngineSummary$ = PolicyEngineSummary$;
exports.PolicyGeneration$ = PolicyGeneration$;
exports.PolicyGenerationAsset$ = PolicyGenerationAsset$;
exports.PolicyGenerationDetails$ = PolicyGenerationDetails$;
exports.PolicyGenerationStatus = PolicyGenerationStatus;
exports.PolicyGenerationSummary$ = PolicyGenerationSummary$;
exports.PolicyStatement$ = PolicyStatement$;
exports.PolicyStatus = PolicyStatus;
exports.PolicySummary$ = PolicySummary$;
exports.PolicyValidationMode = PolicyValidationMode;
exports.PrincipalMatchOperator = PrincipalMatchOperator;
exports.PrivateEndpoint$ = PrivateEndpoint$;
exports.PrivateEndpointOverride$ = PrivateEndpointOverride$;
exports.PrivateKeyJwtConfig$ = PrivateKeyJwtConfig$;
exports.PrivateKeySource$ = PrivateKeySource$;
exports.ProtocolConfiguration$ = ProtocolConfiguration$;
exports.Provider = Provider;
exports.ProviderPrefix$ = ProviderPrefix$;
exports.PutResourcePolicy$ = PutResourcePolicy$;
exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
exports.RateConfig$ = RateConfig$;
exports.RatingScale$ = RatingScale$;
exports.ReasoningConfiguration$ = ReasoningConfiguration$;
exports.RecordingConfig$ = RecordingConfig$;
exports.ReflectionConfiguration$ = ReflectionConfiguration$;
exports.RegistryAuthorizerType = RegistryAuthorizerType;
exports.RegistryRecordCredentialProviderConfiguration$ = RegistryRecordCredentialProviderConfiguration$;
exports.RegistryRecordCredentialProviderType = RegistryRecordCredentialProviderType;
exports.RegistryRecordCredentialProviderUnion$ = RegistryRecordCredentialProviderUnion$;
exports.RegistryRecordIamCredentialProvider$ = RegistryRecordIamCredentialProvider$;
exports.RegistryRecordOAuthCredentialProvider$ = RegistryRecordOAuthCredentialProvider$;
exports.RegistryRecordOAuthGrantType = RegistryRecordOAuthGrantType;
exports.RegistryRecordStatus = RegistryRecordStatus;
exports.RegistryRecordSummary$ = RegistryRecordSummary$;
exports.RegistryStatus = RegistryStatus;
exports.RegistrySummary$ = RegistrySummary$;
exports.RequestHeaderConfiguration$ = RequestHeaderConfiguration$;
exports.Resource$ = Resource$;
exports.ResourceLimitExceededException = ResourceLimitExceededException;
exports.ResourceLimitExceededException$ = ResourceLimitExceededException$;
exports.ResourceLocation$ = ResourceLocation$;
exports.ResourceNotFoundException = ResourceNotFoundException;
exports.ResourceNotFoundException$ = ResourceNotFoundException$;
exports.ResourceType = ResourceType;
exports.RestApiMethod = RestApiMethod;
exports.ResultDestination = ResultDestination;
exports.RetryableConflictException = RetryableConflictException;
exports.RetryableConflictException$ = RetryableConflictException$;
exports.RootVolumeConfiguration$ = RootVolumeConfiguration$;
exports.RotatePaymentConnectorCredentials$ = RotatePaymentConnectorCredentials$;
exports.RotatePaymentConnectorCredentialsCommand = RotatePaymentConnectorCredentialsCommand;
exports.RotatePaymentConnectorCredentialsRequest$ = RotatePaymentConnectorCredentialsRequest$;
exports.RotatePaymentConnectorCredentialsResponse$ = RotatePaymentConnectorCredentialsResponse$;
exports.RouteToTargetAction$ = RouteToTargetAction$;
exports.Rule$ = Rule$;
exports.RuntimeMetadataConfiguration$ = RuntimeMetadataConfiguration$;
exports.RuntimeTargetConfiguration$ = RuntimeTargetConfiguration$;
exports.S3Configuration$ = S3Configuration$;
exports.S3FilesAccessPointConfiguration$ = S3FilesAccessPointConfiguration$;
exports.S3FilesConfiguration$ = S3FilesConfiguration$;
exports.S3Location$ = S3Location$;
exports.S3Source$ = S3Source$;
exports.SalesforceOauth2ProviderConfigInput$ = SalesforceOauth2ProviderConfigInput$;
exports.SalesforceOauth2ProviderConfigOutput$ = SalesforceOauth2ProviderConfigOutput$;
exports.SamplingConfig$ = SamplingConfig$;
exports.SchemaDefinition$ = SchemaDefinition$;
exports.SchemaType = SchemaType;
exports.SearchType = SearchType;
exports.Secret$ = Secret$;
exports.SecretReference$ = SecretReference$;
exports.SecretSourceType = SecretSourceType;
exports.SecretsManagerLocation$ = SecretsManagerLocation$;
exports.SelfManagedConfiguration$ = SelfManagedConfiguration$;
exports.SelfManagedConfigurationInput$ = SelfManagedConfigurationInput$;
exports.SelfManagedLatticeResource$ = SelfManagedLatticeResource$;
exports.SemanticConsolidationOverride$ = SemanticConsolidationOverride$;
exports.SemanticExtractionOverride$ = SemanticExtractionOverride$;
exports.SemanticMemoryStrategyInput$ = SemanticMemoryStrategyInput$;
exports.SemanticOverrideConfigurationInput$ = SemanticOverrideConfigurationInput$;
exports.SemanticOverrideConsolidationConfigurationInput$ = SemanticOverrideConsolidationConfigurationInput$;
exports.SemanticOverrideExtractionConfigurationInput$ = SemanticOverrideExtractionConfigurationInput$;
exports.ServerDefinition$ = ServerDefinition$;
exports.ServerProtocol = ServerProtocol;
exports.ServiceException = ServiceException;
exports.ServiceException$ = ServiceException$;
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
exports.SessionConfig$ = SessionConfig$;
exports.SessionConfiguration$ = SessionConfiguration$;
exports.SessionStorageConfiguration$ = SessionStorageConfiguration$;
exports.SetTokenVaultCMK$ = SetTokenVaultCMK$;
exports.SetTokenVaultCMKCommand = SetTokenVaultCMKCommand;
exports.SetTokenVaultCMKRequest$ = SetTokenVaultCMKRequest$;
exports.SetTokenVaultCMKResponse$ = SetTokenVaultCMKResponse$;
exports.SigningAlgorithm = SigningAlgorithm;
exports.SkillDefinition$ = SkillDefinition$;
exports.SkillMdDefinition$ = SkillMdDefinition$;
exports.SlackOauth2ProviderConfigInput$ = SlackOauth2ProviderConfigInput$;
exports.SlackOauth2ProviderConfigOutput$ = SlackOauth2ProviderConfigOutput$;
exports.StartPolicyGeneration$ = StartPolicyGeneration$;
exports.StartPolicyGenerationCommand = StartPolicyGenerationCommand;
exports.StartPolicyGenerationRequest$ = StartPolicyGenerationRequest$;
exports.StartPolicyGenerationResponse$ = StartPolicyGenerationResponse$;
exports.StaticOverride$ = StaticOverride$;
exports.StaticQueryParameterConflictResolution = StaticQueryParameterConflictResolution;
exports.StaticRoute$ = StaticRoute$;
exports.Status = Status;
exports.StickinessConfiguration$ = StickinessConfiguration$;
exports.StrategyConfiguration$ = StrategyConfiguration$;
exports.StreamDeliveryResource$ = StreamDeliveryResource$;
exports.StreamDeliveryResources$ = StreamDeliveryResources$;
exports.StreamingConfiguration$ = StreamingConfiguration$;
exports.StringListValidation$ = StringListValidation$;
exports.StringValidation$ = StringValidation$;
exports.StripePrivyConfigurationInput$ = StripePrivyConfigurationInput$;
exports.StripePrivyConfigurationOutput$ = StripePrivyConfigurationOutput$;
exports.SubmitRegistryRecordForApproval$ = SubmitRegistryRecordForApproval$;
exports.SubmitRegistryRecordForApprovalCommand = SubmitRegistryRecordForApprovalCommand;
exports.SubmitRegistryRecordForApprovalRequest$ = SubmitRegistryRecordForApprovalRequest$;
exports.SubmitRegistryRecordForApprovalResponse$ = SubmitRegistryRecordForApprovalResponse$;
exports.SubscriptionRequiredException = SubscriptionRequiredException;
exports.SubscriptionRequiredException$ = SubscriptionRequiredException$;
exports.SummaryConsolidationOverride$ = SummaryConsolidationOverride$;
exports.SummaryMemoryStrategyInput$ = SummaryMemoryStrategyInput$;
exports.SummaryOverrideConfigurationInput$ = SummaryOverrideConfigurationInput$;
exports.SummaryOverrideConsolidationConfigurationInput$ = SummaryOverrideConsolidationConfigurationInput$;
exports.SynchronizationConfiguration$ = SynchronizationConfiguration$;
exports.SynchronizationType = SynchronizationType;
exports.SynchronizeGatewayTargets$ = SynchronizeGatewayTargets$;
exports.SynchronizeGatewayTargetsCommand = SynchronizeGatewayTargetsCommand;
exports.SynchronizeGatewayTargetsRequest$ = SynchronizeGatewayTargetsRequest$;
exports.SynchronizeGatewayTargetsResponse$ = SynchronizeGatewayTargetsResponse$;
exports.SystemManagedBlock$ = SystemManagedBlock$;
exports.TagResource$ = TagResource$;
exports.TagResourceCommand = TagResourceCommand;
exports.TagResourceRequest$ = TagResourceRequest$;
exports.TagResourceResponse$ = TagResourceResponse$;
exports.TargetConfiguration$ = TargetConfiguration$;
exports.TargetProtocolType = TargetProtocolType;
exports.TargetStatus = TargetStatus;
exports.TargetSummary$ = TargetSummary$;
exports.TargetTrafficSplitEntry$ = TargetTrafficSplitEntry$;
exports.TargetType = TargetType;
exports.ThrottledException = ThrottledException;
exports.ThrottledException$ = ThrottledException$;
exports.ThrottlingException = ThrottlingException;
exports.ThrottlingException$ = ThrottlingException$;
exports.TimeBasedTrigger$ = TimeBasedTrigger$;
exports.TimeBasedTriggerInput$ = TimeBasedTriggerInput$;
exports.TokenBasedTrigger$ = TokenBasedTrigger$;
exports.TokenBasedTriggerInput$ = TokenBasedTriggerInput$;
exports.TokenExchangeGrantTypeConfigType$ = TokenExchangeGrantTypeConfigType$;
exports.ToolDefinition$ = ToolDefinition$;
exports.ToolSchema$ = ToolSchema$;
exports.ToolsDefinition$ = ToolsDefinition$;
exports.ToolsFileSystemConfiguration$ = ToolsFileSystemConfiguration$;
exports.TrafficSplitEntry$ = TrafficSplitEntry$;
exports.TriggerCondition$ = TriggerCondition$;
exports.TriggerConditionInput$ = TriggerConditionInput$;
exports.UnauthorizedException = UnauthorizedException;
exports.UnauthorizedException$ = UnauthorizedException$;
exports.UntagResource$ = UntagResource$;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UntagResourceRequest$ = UntagResourceRequest$;
exports.UntagResourceResponse$ = UntagResourceResponse$;
exports.UpdateAgentRuntime$ = UpdateAgentRuntime$;
exports.UpdateAgentRuntimeCommand = UpdateAgentRuntimeCommand;
exports.UpdateAgentRuntimeEndpoint$ = UpdateAgentRuntimeEndpoint$;
exports.UpdateAgentRuntimeEndpointCommand = UpdateAgentRuntimeEndpointCommand;
exports.UpdateAgentRuntimeEndpointRequest$ = UpdateAgentRuntimeEndpointRequest$;
exports.UpdateAgentRuntimeEndpointResponse$ = UpdateAgentRuntimeEndpointResponse$;
exports.UpdateAgentRuntimeRequest$ = UpdateAgentRuntimeRequest$;
exports.UpdateAgentRuntimeResponse$ = UpdateAgentRuntimeResponse$;
exports.UpdateApiKeyCredentialProvider$ = UpdateApiKeyCredentialProvider$;
exports.UpdateApiKeyCredentialProviderCommand = UpdateApiKeyCredentialProviderCommand;
exports.UpdateApiKeyCredentialProviderRequest$ = UpdateApiKeyCredentialProviderRequest$;
exports.UpdateApiKeyCredentialProviderResponse$ = UpdateApiKeyCredentialProviderResponse$;
exports.UpdateCapacityProvider$ = UpdateCapacityProvider$;
exports.UpdateCapacityProviderCommand = UpdateCapacityProviderCommand;
exports.UpdateCapacityProviderInput$ = UpdateCapacityProviderInput$;
exports.UpdateCapacityProviderOutput$ = UpdateCapacityProviderOutput$;
exports.UpdateConfigurationBundle$ = UpdateConfigurationBundle$;
exports.UpdateConfigurationBundleCommand = UpdateConfigurationBundleCommand;
exports.UpdateConfigurationBundleRequest$ = UpdateConfigurationBundleRequest$;
exports.UpdateConfigurationBundleResponse$ = UpdateConfigurationBundleResponse$;
exports.UpdateConsentPortal$ = UpdateConsentPortal$;
exports.UpdateConsentPortalCommand = UpdateConsentPortalCommand;
exports.UpdateConsentPortalRequest$ = UpdateConsentPortalRequest$;
exports.UpdateConsentPortalResponse$ = UpdateConsentPortalResponse$;
exports.UpdateDataset$ = UpdateDataset$;
exports.UpdateDatasetCommand = UpdateDatasetCommand;
exports.UpdateDatasetExamples$ = UpdateDatasetExamples$;
exports.UpdateDatasetExamplesCommand = UpdateDatasetExamplesCommand;
exports.UpdateDatasetExamplesRequest$ = UpdateDatasetExamplesRequest$;
exports.UpdateDatasetExamplesResponse$ = UpdateDatasetExamplesResponse$;
exports.UpdateDatasetRequest$ = UpdateDatasetRequest$;
exports.UpdateDatasetResponse$ = UpdateDatasetResponse$;
exports.UpdateEvaluator$ = UpdateEvaluator$;
exports.UpdateEvaluatorCommand = UpdateEvaluatorCommand;
exports.UpdateEvaluatorRequest$ = UpdateEvaluatorRequest$;
exports.UpdateEvaluatorResponse$ = UpdateEvaluatorResponse$;
exports.UpdateGateway$ = UpdateGateway$;
exports.UpdateGatewayCommand = UpdateGatewayCommand;
exports.UpdateGatewayRateLimit$ = UpdateGatewayRateLimit$;
exports.UpdateGatewayRateLimitCommand = UpdateGatewayRateLimitCommand;
exports.UpdateGatewayRateLimitRequest$ = UpdateGatewayRateLimitRequest$;
exports.UpdateGatewayRateLimitResponse$ = UpdateGatewayRateLimitResponse$;
exports.UpdateGatewayRequest$ = UpdateGatewayRequest$;
exports.UpdateGatewayResponse$ = UpdateGatewayResponse$;
exports.UpdateGatewayRule$ = UpdateGatewayRule$;
exports.UpdateGatewayRuleCommand = UpdateGatewayRuleCommand;
exports.UpdateGatewayRuleRequest$ = UpdateGatewayRuleRequest$;
exports.UpdateGatewayRuleResponse$ = UpdateGatewayRuleResponse$;
exports.UpdateGatewayTarget$ = UpdateGatewayTarget$;
exports.UpdateGatewayTargetCommand = UpdateGatewayTargetCommand;
exports.UpdateGatewayTargetRequest$ = UpdateGatewayTargetRequest$;
exports.UpdateGatewayTargetResponse$ = UpdateGatewayTargetResponse$;
exports.UpdateHarness$ = UpdateHarness$;
exports.UpdateHarnessCommand = UpdateHarnessCommand;
exports.UpdateHarnessEndpoint$ = UpdateHarnessEndpoint$;
exports.UpdateHarnessEndpointCommand = UpdateHarnessEndpointCommand;
exports.UpdateHarnessEndpointRequest$ = UpdateHarnessEndpointRequest$;
exports.UpdateHarnessEndpointResponse$ = UpdateHarnessEndpointResponse$;
exports.UpdateHarnessRequest$ = UpdateHarnessRequest$;
exports.UpdateHarnessResponse$ = UpdateHarnessResponse$;
exports.UpdateMemory$ = UpdateMemory$;
exports.UpdateMemoryCommand = UpdateMemoryCommand;
exports.UpdateMemoryInput$ = UpdateMemoryInput$;
exports.UpdateMemoryOutput$ = UpdateMemoryOutput$;
exports.UpdateOauth2CredentialProvider$ = UpdateOauth2CredentialProvider$;
exports.UpdateOauth2CredentialProviderCommand = UpdateOauth2CredentialProviderCommand;
exports.UpdateOauth2CredentialProviderRequest$ = UpdateOauth2CredentialProviderRequest$;
exports.UpdateOauth2CredentialProviderResponse$ = UpdateOauth2CredentialProviderResponse$;
exports.UpdateOnlineEvaluationConfig$ = UpdateOnlineEvaluationConfig$;
exports.UpdateOnlineEvaluationConfigCommand = UpdateOnlineEvaluationConfigCommand;
exports.UpdateOnlineEvaluationConfigRequest$ = UpdateOnlineEvaluationConfigRequest$;
exports.UpdateOnlineEvaluationConfigResponse$ = UpdateOnlineEvaluationConfigResponse$;
exports.UpdatePaymentConnector$ = UpdatePaymentConnector$;
exports.UpdatePaymentConnectorCommand = UpdatePaymentConnectorCommand;
exports.UpdatePaymentConnectorRequest$ = UpdatePaymentConnectorRequest$;
exports.UpdatePaymentConnectorResponse$ = UpdatePaymentConnectorResponse$;
exports.UpdatePaymentCredentialProvider$ = UpdatePaymentCredentialProvider$;
exports.UpdatePaymentCredentialProviderCommand = UpdatePaymentCredentialProviderCommand;
exports.UpdatePaymentCredentialProviderRequest$ = UpdatePaymentCredentialProviderRequest$;
exports.UpdatePaymentCredentialProviderResponse$ = UpdatePaymentCredentialProviderResponse$;
exports.UpdatePaymentManager$ = UpdatePaymentManager$;
exports.UpdatePaymentManagerCommand = UpdatePaymentManagerCommand;
exports.UpdatePaymentManagerRequest$ = UpdatePaymentManagerRequest$;
exports.UpdatePaymentManagerResponse$ = UpdatePaymentManagerResponse$;
exports.UpdatePolicy$ = UpdatePolicy$;
exports.UpdatePolicyCommand = UpdatePolicyCommand;
exports.UpdatePolicyEngine$ = UpdatePolicyEngine$;
exports.UpdatePolicyEngineCommand = UpdatePolicyEngineCommand;
exports.UpdatePolicyEngineRequest$ = UpdatePolicyEngineRequest$;
exports.UpdatePolicyEngineResponse$ = UpdatePolicyEngineResponse$;
exports.UpdatePolicyRequest$ = UpdatePolicyRequest$;
exports.UpdatePolicyResponse$ = UpdatePolicyResponse$;
exports.UpdateRegistry$ = UpdateRegistry$;
exports.UpdateRegistryCommand = UpdateRegistryCommand;
exports.UpdateRegistryRecord$ = UpdateRegistryRecord$;
exports.UpdateRegistryRecordCommand = UpdateRegistryRecordCommand;
exports.UpdateRegistryRecordRequest$ = UpdateRegistryRecordRequest$;
exports.UpdateRegistryRecordResponse$ = UpdateRegistryRecordResponse$;
exports.UpdateRegistryRecordStatus$ = UpdateRegistryRecordStatus$;
exports.UpdateRegistryRecordStatusCommand = UpdateRegistryRecordStatusCommand;
exports.UpdateRegistryRecordStatusRequest$ = UpdateRegistryRecordStatusRequest$;
exports.UpdateRegistryRecordStatusResponse$ = UpdateRegistryRecordStatusResponse$;
exports.UpdateRegistryRequest$ = UpdateRegistryRequest$;
exports.UpdateRegistryResponse$ = UpdateRegistryResponse$;
exports.UpdateWorkloadIdentity$ = UpdateWorkloadIdentity$;
exports.UpdateWorkloadIdentityCommand = UpdateWorkloadIdentityCommand;
exports.UpdateWorkloadIdentityRequest$ = UpdateWorkloadIdentityRequest$;
exports.UpdateWorkloadIdentityResponse$ = UpdateWorkloadIdentityResponse$;
exports.UpdatedA2aDescriptor$ = UpdatedA2aDescriptor$;
exports.UpdatedAgentSkillsDescriptor$ = UpdatedAgentSkillsDescriptor$;
exports.UpdatedAgentSkillsDescriptorFields$ = UpdatedAgentSkillsDescriptorFields$;
exports.UpdatedApprovalConfiguration$ = UpdatedApprovalConfiguration$;
exports.UpdatedAuthorizerConfiguration$ = UpdatedAuthorizerConfiguration$;
exports.UpdatedCustomDescriptor$ = UpdatedCustomDescriptor$;
exports.UpdatedDescription$ = UpdatedDescription$;
exports.UpdatedDescriptors$ = UpdatedDescriptors$;
exports.UpdatedDescriptorsUnion$ = UpdatedDescriptorsUnion$;
exports.UpdatedHarnessEnvironmentArtifact$ = UpdatedHarnessEnvironmentArtifact$;
exports.UpdatedHarnessMemoryConfiguration$ = UpdatedHarnessMemoryConfiguration$;
exports.UpdatedMcpDescriptor$ = UpdatedMcpDescriptor$;
exports.UpdatedMcpDescriptorFields$ = UpdatedMcpDescriptorFields$;
exports.UpdatedServerDefinition$ = UpdatedServerDefinition$;
exports.UpdatedSkillDefinition$ = UpdatedSkillDefinition$;
exports.UpdatedSkillMdDefinition$ = UpdatedSkillMdDefinition$;
exports.UpdatedSynchronizationConfiguration$ = UpdatedSynchronizationConfiguration$;
exports.UpdatedSynchronizationType$ = UpdatedSynchronizationType$;
exports.UpdatedToolsDefinition$ = UpdatedToolsDefinition$;
exports.UserPreferenceConsolidationOverride$ = UserPreferenceConsolidationOverride$;
exports.UserPreferenceExtractionOverride$ = UserPreferenceExtractionOverride$;
exports.UserPreferenceMemoryStrategyInput$ = UserPreferenceMemoryStrategyInput$;
exports.UserPreferenceOverrideConfigurationInput$ = UserPreferenceOverrideConfigurationInput$;
exports.UserPreferenceOverrideConsolidationConfigurationInput$ = UserPreferenceOverrideConsolidationConfigurationInput$;
exports.UserPreferenceOverrideExtractionConfigurationInput$ = UserPreferenceOverrideExtractionConfigurationInput$;
exports.Validation$ = Validation$;
exports.ValidationException = ValidationException;
exports.ValidationException$ = ValidationException$;
exports.ValidationExceptionField$ = ValidationExceptionField$;
exports.ValidationExceptionReason = ValidationExceptionReason;
exports.VersionCreatedBySource$ = VersionCreatedBySource$;
exports.VersionFilter$ = VersionFilter$;
exports.VersionLineageMetadata$ = VersionLineageMetadata$;
exports.VolumeConfiguration$ = VolumeConfiguration$;
exports.VpcConfig$ = VpcConfig$;
exports.VpcConfiguration$ = VpcConfiguration$;
exports.WafConfiguration$ = WafConfiguration$;
exports.WafFailureMode = WafFailureMode;
exports.WeightedOverride$ = WeightedOverride$;
exports.WeightedRoute$ = WeightedRoute$;
exports.WorkloadIdentityDetails$ = WorkloadIdentityDetails$;
exports.WorkloadIdentityType$ = WorkloadIdentityType$;
exports.errorTypeRegistries = errorTypeRegistries;
exports.paginateListAgentRuntimeEndpoints = paginateListAgentRuntimeEndpoints;
exports.paginateListAgentRuntimeVersions = paginateListAgentRuntimeVersions;
exports.paginateListAgentRuntimeVersionsByCapacityProvider = paginateListAgentRuntimeVersionsByCapacityProvider;
exports.paginateListAgentRuntimes = paginateListAgentRuntimes;
exports.paginateListApiKeyCredentialProviders = paginateListApiKeyCredentialProviders;
exports.paginateListBrowserProfiles = paginateListBrowserProfiles;
exports.paginateListBrowsers = paginateListBrowsers;
exports.paginateListCapacityProviders = paginateListCapacityProviders;
exports.paginateListCodeInterpreters = paginateListCodeInterpreters;
exports.paginateListConfigurationBundleVersions = paginateListConfigurationBundleVersions;
exports.paginateListConfigurationBundles = paginateListConfigurationBundles;
exports.paginateListConsentPortals = paginateListConsentPortals;
exports.paginateListDatasetExamples = paginateListDatasetExamples;
exports.paginateListDatasetVersions = paginateListDatasetVersions;
exports.paginateListDatasets = paginateListDatasets;
exports.paginateListEvaluators = paginateListEvaluators;
exports.paginateListGatewayRateLimits = paginateListGatewayRateLimits;
exports.paginateListGatewayRules = paginateListGatewayRules;
exports.paginateListGatewayTargets = paginateListGatewayTargets;
exports.paginateListGateways = paginateListGateways;
exports.paginateListHarnessEndpoints = paginateListHarnessEndpoints;
exports.paginateListHarnessVersions = paginateListHarnessVersions;
exports.paginateListHarnesses = paginateListHarnesses;
exports.paginateListMemories = paginateListMemories;
exports.paginateListOauth2CredentialProviders = paginateListOauth2CredentialProviders;
exports.paginateListOnlineEvaluationConfigs = paginateListOnlineEvaluationConfigs;
exports.paginateListPaymentConnectors = paginateListPaymentConnectors;
exports.paginateListPaymentCredentialProviders = paginateListPaymentCredentialProviders;
exports.paginateListPaymentManagers = paginateListPaymentManagers;
exports.paginateListPolicies = paginateListPolicies;
exports.paginateListPolicyEngineSummaries = paginateListPolicyEngineSummaries;
exports.paginateListPolicyEngines = paginateListPolicyEngines;
exports.paginateListPolicyGenerationAssets = paginateListPolicyGenerationAssets;
exports.paginateListPolicyGenerationSummaries = paginateListPolicyGenerationSummaries;
exports.paginateListPolicyGenerations = paginateListPolicyGenerations;
exports.paginateListPolicySummaries = paginateListPolicySummaries;
exports.paginateListRegistries = paginateListRegistries;
exports.paginateListRegistryRecords = paginateListRegistryRecords;
exports.paginateListWorkloadIdentities = paginateListWorkloadIdentities;
exports.waitForMemoryCreated = waitForMemoryCreated;
exports.waitForPolicyActive = waitForPolicyActive;
exports.waitForPolicyDeleted = waitForPolicyDeleted;
exports.waitForPolicyEngineActive = waitForPolicyEngineActive;
exports.waitForPolicyEngineDeleted = waitForPolicyEngineDeleted;
exports.waitForPolicyGenerationCompleted = waitForPolicyGenerationCompleted;
exports.waitUntilMemoryCreated = waitUntilMemoryCreated;
exports.waitUntilPolicyActive = waitUntilPolicyActive;
exports.waitUntilPolicyDeleted = waitUntilPolicyDeleted;
exports.waitUntilPolicyEngineActive = waitUntilPolicyEngineActive;
exports.waitUntilPolicyEngineDeleted = waitUntilPolicyEngineDeleted;
exports.waitUntilPolicyGenerationCompleted = waitUntilPolicyGenerationCompleted;


/***/ })

};
