export const id = 393;
export const ids = [393];
export const modules = {

/***/ 8393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildAndPushImage: () => (/* binding */ buildAndPushImage)
});

// UNUSED EXPORTS: chooseCache

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors/index.ts + 1 modules
var errors = __webpack_require__(8491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
;// CONCATENATED MODULE: ./shared/ecr/repository.ts
/**
 * The ECR repository an environment's images live in. A missing repository is created with the config's
 * settings (scan on push, tag mutability, a lifecycle policy keeping the last N images); an existing one is left
 * exactly as it is (its owners may have tuned it), and we only say how it differs.
 */


/** The repository a runtime's image settings ask for. */
function repositorySpec(image) {
    return {
        name: image.repository,
        scanOnPush: image.scanOnPush,
        tagMutability: image.tagMutability,
        keepImages: image.keepImages,
        tags: { 'managed-by': 'agentcore-actions' },
    };
}
/** The lifecycle policy text: expire everything beyond the newest `keep` images. */
function lifecyclePolicy(keep) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: `Keep the last ${keep} images`,
                selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keep },
                action: { type: 'expire' },
            },
        ],
    });
}
/** The repository, or undefined when it does not exist. */
async function describeRepository(ecr, name) {
    try {
        const found = await ecr.send(new dist_cjs.DescribeRepositoriesCommand({ repositoryNames: [name] }));
        return found.repositories?.[0];
    }
    catch (error) {
        if (error instanceof dist_cjs.RepositoryNotFoundException || error.name === 'RepositoryNotFoundException')
            return undefined;
        throw error;
    }
}
function toState(repository, created) {
    return {
        name: repository.repositoryName ?? '',
        uri: repository.repositoryUri ?? '',
        registryId: repository.registryId ?? '',
        arn: repository.repositoryArn ?? '',
        immutable: (repository.imageTagMutability ?? 'MUTABLE').startsWith('IMMUTABLE'),
        created,
    };
}
/** Creates the repository when it is missing; leaves an existing one alone. */
async function ensureRepository(spec, deps) {
    const existing = await (0,errors/* attempt */.CD)('describe ECR repository', spec.name, () => describeRepository(deps.ecr, spec.name));
    if (existing) {
        deps.log.info(`ECR repository ${existing.repositoryUri} exists; its settings are left as they are`);
        const live = existing.imageTagMutability ?? 'MUTABLE';
        if (!live.startsWith(spec.tagMutability))
            deps.log.info(`Note: the repository's tag mutability is ${live}, the config asks for ${spec.tagMutability}`);
        await finishInterruptedCreate(spec, existing, deps);
        return toState(existing, false);
    }
    const created = await (0,errors/* attempt */.CD)('create ECR repository', spec.name, () => deps.ecr.send(new dist_cjs.CreateRepositoryCommand({
        repositoryName: spec.name,
        imageScanningConfiguration: { scanOnPush: spec.scanOnPush },
        imageTagMutability: spec.tagMutability,
        tags: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    })));
    await putLifecyclePolicy(spec, deps);
    const repository = created.repository ?? {};
    deps.log.info(`Created ECR repository ${repository.repositoryUri} (scan on push: ${spec.scanOnPush}, tags ${spec.tagMutability}, keeps the last ${spec.keepImages} images)`);
    return toState(repository, true);
}
async function putLifecyclePolicy(spec, deps) {
    await (0,errors/* attempt */.CD)('put the lifecycle policy of ECR repository', spec.name, () => deps.ecr.send(new dist_cjs.PutLifecyclePolicyCommand({
        repositoryName: spec.name,
        lifecyclePolicyText: lifecyclePolicy(spec.keepImages),
    })));
}
/**
 * A run that created the repository but failed (or was cancelled) before its lifecycle policy landed leaves a
 * repository the next run would see as "existing": finish that setup, so a rerun converges. Only a repository this
 * suite created (its `managed-by` tag) and that has no lifecycle policy at all is touched; anyone else's repository
 * keeps what its owner set. The common case costs one call (the policy exists).
 */
async function finishInterruptedCreate(spec, existing, deps) {
    const hasPolicy = await (0,errors/* attempt */.CD)('read the lifecycle policy of ECR repository', spec.name, async () => {
        try {
            await deps.ecr.send(new dist_cjs.GetLifecyclePolicyCommand({ repositoryName: spec.name }));
            return true;
        }
        catch (error) {
            if (error.name === 'LifecyclePolicyNotFoundException')
                return false;
            throw error;
        }
    });
    if (hasPolicy)
        return;
    const tags = await (0,errors/* attempt */.CD)('read the tags of ECR repository', spec.name, () => deps.ecr.send(new dist_cjs.ListTagsForResourceCommand({ resourceArn: existing.repositoryArn })));
    const ours = (tags.tags ?? []).some((t) => t.Key === 'managed-by' && t.Value === 'agentcore-actions');
    if (!ours) {
        deps.log.info(`ECR repository ${spec.name} has no lifecycle policy; it was not created by agentcore-actions, so none is added`);
        return;
    }
    await putLifecyclePolicy(spec, deps);
    deps.log.info(`Finished the setup of ECR repository ${spec.name}: lifecycle policy keeping the last ${spec.keepImages} images`);
}

;// CONCATENATED MODULE: ./shared/ecr/registry-login.ts
/**
 * ECR registry credentials from `GetAuthorizationToken`: the token is `base64("AWS:<password>")` and the proxy
 * endpoint is where pushes and pulls go. In AWS the proxy host equals the repository URI's host; elsewhere (a
 * local registry) it may not, which is why callers push to the proxy host and report the repository URI.
 */


/** Decodes an authorization token into user and password. */
function decodeAuthorizationToken(token) {
    const text = Buffer.from(token, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon <= 0)
        throw new Error('the ECR authorization token is not "user:password"');
    return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
/**
 * Gets credentials for a registry: the caller's own, or another account's (`registryId`) for cross-account copies.
 * `onSecret` is called with the password before anything else sees it, so that it is masked in every log.
 */
async function ecrLogin(ecr, onSecret, registryId) {
    const response = await (0,errors/* attempt */.CD)('get an ECR authorization token', registryId ?? 'default registry', () => ecr.send(new dist_cjs.GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {})));
    const data = response.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint)
        throw new Error('GetAuthorizationToken returned no authorization data');
    const { username, password } = decodeAuthorizationToken(data.authorizationToken);
    onSecret(password);
    onSecret(data.authorizationToken);
    const url = new URL(data.proxyEndpoint);
    return {
        host: url.host,
        username,
        password,
        insecure: url.protocol === 'http:',
        proxyEndpoint: data.proxyEndpoint.replace(/\/+$/, ''),
        expiresAt: data.expiresAt,
    };
}

;// CONCATENATED MODULE: ./shared/ecr/images.ts
/**
 * Image lookups through the ECR API: does a tag (the content-derived source tag, the commit tag) or a digest
 * already exist in a repository, and which digest does it name.
 */

/** The image with this tag or digest, or undefined when the repository has none. */
async function findImage(ecr, repository, id) {
    try {
        const found = await ecr.send(new dist_cjs.DescribeImagesCommand({ repositoryName: repository, imageIds: [id] }));
        const image = found.imageDetails?.[0];
        if (!image?.imageDigest)
            return undefined;
        return { digest: image.imageDigest, tags: image.imageTags ?? [], sizeBytes: image.imageSizeInBytes };
    }
    catch (error) {
        if (error.name === 'ImageNotFoundException')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/ecr/registry-client.ts
/** Manifest media types we ask for, in order of preference. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/** Whether a manifest is an index (a list of per-platform manifests). */
function isIndex(manifest) {
    return Array.isArray(manifest.json.manifests);
}
/** Talks to one registry. */
class RegistryClient {
    base;
    authorization;
    constructor(login) {
        this.base = `${login.insecure ? 'http' : 'https'}://${login.host}`;
        this.authorization = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
    }
    async request(method, path, init = {}) {
        const response = await fetch(`${this.base}/v2/${path}`, {
            method,
            headers: { authorization: this.authorization, ...init.headers },
            body: init.body,
            redirect: 'follow',
        });
        if (!response.ok) {
            const text = method === 'HEAD' ? '' : await response.text();
            throw new Error(`registry answered ${response.status} to ${method} /v2/${path}${text ? `: ${text.slice(0, 300)}` : ''}`);
        }
        return response;
    }
    /** Reads a manifest by tag or digest. */
    async getManifest(repository, reference) {
        const response = await this.request('GET', `${repository}/manifests/${reference}`, {
            headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        });
        const body = Buffer.from(await response.arrayBuffer());
        const json = JSON.parse(body.toString('utf8'));
        const mediaType = (response.headers.get('content-type') ?? json.mediaType ?? '').split(';')[0];
        const digest = response.headers.get('docker-content-digest') ?? '';
        return { digest, mediaType, body, json };
    }
    /** Reads a JSON blob (an image config). */
    async getJsonBlob(repository, digest) {
        const response = await this.request('GET', `${repository}/blobs/${digest}`);
        return (await response.json());
    }
    /** Stores manifest bytes under a tag; the same bytes give the same digest. Returns the registry's digest. */
    async putManifest(repository, tag, manifest) {
        const response = await this.request('PUT', `${repository}/manifests/${tag}`, {
            headers: { 'content-type': manifest.mediaType },
            body: manifest.body,
        });
        return response.headers.get('docker-content-digest') ?? manifest.digest;
    }
}

// EXTERNAL MODULE: ./shared/container/platform.ts
var platform = __webpack_require__(9951);
;// CONCATENATED MODULE: ./shared/ecr/image-platforms.ts
/**
 * Reads a pushed image back from the registry and checks it contains the platform AgentCore needs, so that an
 * amd64-only image fails here, in the build job, instead of at invoke time with "exec format error".
 */



const platformText = (p) => [p.os ?? 'unknown', p.architecture ?? 'unknown', ...(p.variant ? [p.variant] : [])].join('/');
/** Reads the manifest (and, for a single image, its config blob) and describes the image. */
async function inspectPushedImage(registry, repository, reference, wanted) {
    const manifest = await registry.getManifest(repository, reference);
    const target = (0,platform/* parsePlatform */.FL)(wanted);
    if (isIndex(manifest)) {
        const entries = manifest.json.manifests ?? [];
        const platforms = entries.filter((m) => m.platform).map((m) => platformText(m.platform ?? {}));
        const match = entries.find((m) => m.platform?.os === target.os && m.platform.architecture === target.architecture);
        let sizeBytes = 0;
        if (match) {
            const child = await registry.getManifest(repository, match.digest);
            sizeBytes = (child.json.config?.size ?? 0) + (child.json.layers ?? []).reduce((s, l) => s + (l.size ?? 0), 0);
        }
        return { digest: manifest.digest, mediaType: manifest.mediaType, platforms, sizeBytes };
    }
    const configDigest = manifest.json.config?.digest;
    const config = configDigest ? await registry.getJsonBlob(repository, configDigest) : {};
    const sizeBytes = (manifest.json.config?.size ?? 0) + (manifest.json.layers ?? []).reduce((s, l) => s + (l.size ?? 0), 0);
    return { digest: manifest.digest, mediaType: manifest.mediaType, platforms: [platformText(config)], sizeBytes };
}
/** Throws, with the fix, when the image has no manifest for the wanted platform. */
function assertPlatform(image, wanted, imageName) {
    const target = (0,platform/* parsePlatform */.FL)(wanted);
    const ok = image.platforms.some((p) => {
        const found = (0,platform/* parsePlatform */.FL)(p);
        return found.os === target.os && found.architecture === target.architecture;
    });
    if (ok)
        return;
    throw new errors/* ConfigError */.xL(`The image ${imageName} contains ${image.platforms.join(', ') || 'no platform'}, not ${wanted}: AgentCore would fail to start it ("exec format error"). ` +
        `Build it for ${wanted}: set image.platform to ${wanted} in the config (the default), use builder 'buildx' or 'buildah' with --platform ${wanted}, ` +
        `and on an x64 runner add 'docker/setup-qemu-action' (or use an arm64 runner).`);
}

;// CONCATENATED MODULE: ./shared/container/build-args.ts
/**
 * Build arguments and build secrets, checked before anything runs. Keys must look like environment variable
 * names: a key such as `--network=host` or `X --push` would otherwise smuggle options into the builder's argv.
 */

/** What a build argument or secret name must look like. */
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Throws one {@link ConfigError} listing every key that is not a valid name. */
function assertBuildArgNames(kind, keys) {
    const bad = keys.filter((key) => !BUILD_ARG_NAME.test(key));
    if (bad.length === 0)
        return;
    throw new errors/* ConfigError */.xL(`Invalid ${kind === 'build-args' ? 'build argument' : 'build secret'} name${bad.length > 1 ? 's' : ''}: ${bad
        .map((k) => `'${k}'`)
        .join(', ')}. Names must match ${BUILD_ARG_NAME.source} (letters, digits, '_'; not starting with a digit).`, bad.map((key) => ({ path: kind, message: `'${key}' is not a valid name` })));
}
/** Build arguments from the config merged with the `build-args` input (the input wins), validated. */
function mergeBuildArgs(fromConfig, fromInput) {
    const merged = { ...fromConfig, ...fromInput };
    assertBuildArgNames('build-args', Object.keys(merged));
    return merged;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/container/source-hash.ts
/**
 * The content-derived identity of an image's source: a hash over the build context's files (minus what
 * `.dockerignore` excludes), the Dockerfile, the platform and the build arguments, plus a hash of each build
 * secret (never its plaintext). Two runs over the same source get the same `src-<12 hex>` tag, which is how
 * build-push recognises that the image already exists and skips the build.
 */



/** Bumped when the hashing scheme changes, so old tags stop matching instead of matching wrongly. */
const SCHEME = 'agentcore-source-v1';
/** Turns a `.dockerignore` glob into a regular expression over `/`-separated relative paths. */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            // `**/` matches any number of directories, including none.
            out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern naming a directory excludes everything below it.
    return new RegExp(`^${out}(?:/.*)?$`);
}
/** Parses `.dockerignore` text (comments, blank lines, `!` exceptions, leading `/` and `./` dropped). */
function parseDockerignore(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => {
        const negate = line.startsWith('!');
        const glob = (negate ? line.slice(1) : line)
            .trim()
            .replace(/^\.?\//, '')
            .replace(/\/+$/, '');
        return { negate, pattern: globToRegExp(glob) };
    });
}
/** Whether a relative path is excluded; like Docker, the last matching rule wins. */
function isIgnored(path, rules) {
    let ignored = false;
    for (const rule of rules)
        if (rule.pattern.test(path))
            ignored = !rule.negate;
    return ignored;
}
/** Every file under `dir` that the build context sends, as sorted `/`-separated relative paths. */
function contextFiles(dir) {
    const ignoreFile = (0,external_node_path_.join)(dir, '.dockerignore');
    const rules = (0,external_node_fs_.existsSync)(ignoreFile) ? parseDockerignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8')) : [];
    const files = [];
    const walk = (current) => {
        for (const entry of (0,external_node_fs_.readdirSync)(current, { withFileTypes: true })) {
            const full = (0,external_node_path_.join)(current, entry.name);
            const rel = (0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join('/');
            // Directories are walked even when ignored: a later `!` rule may re-include a file below them.
            if (entry.isDirectory())
                walk(full);
            else if (!isIgnored(rel, rules))
                files.push(rel);
        }
    };
    walk(dir);
    return files.sort();
}
/** The full sha256 hex of a source. */
function sourceHash(inputs) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const field = (name, value) => {
        hash.update(`${name}\0${Buffer.byteLength(value)}\0`);
        hash.update(value);
    };
    field('scheme', SCHEME);
    field('platform', inputs.platform);
    field('dockerfile', (0,external_node_fs_.readFileSync)(inputs.dockerfile));
    for (const key of Object.keys(inputs.buildArgs).sort())
        field(`arg:${key}`, inputs.buildArgs[key]);
    for (const key of Object.keys(inputs.secrets).sort())
        field(`secret:${key}`, (0,external_node_crypto_.createHash)('sha256').update(inputs.secrets[key]).digest('hex'));
    for (const rel of contextFiles(inputs.context)) {
        const full = (0,external_node_path_.join)(inputs.context, ...rel.split('/'));
        const stat = (0,external_node_fs_.lstatSync)(full);
        if (stat.isSymbolicLink())
            field(`link:${rel}`, (0,external_node_fs_.readlinkSync)(full));
        else {
            // The executable bit changes the image; the other mode bits and times do not matter to a build.
            field(`file:${rel}:${stat.mode & 0o111 ? 'x' : '-'}`, (0,external_node_fs_.readFileSync)(full));
        }
    }
    return hash.digest('hex');
}
/** The image tag derived from a source: `src-<first 12 hex of the hash>`. */
function sourceTag(inputs) {
    return `src-${sourceHash(inputs).slice(0, 12)}`;
}

// EXTERNAL MODULE: ./shared/container/builder.ts
var container_builder = __webpack_require__(1925);
;// CONCATENATED MODULE: ./shared/ecr/image-reference.ts
/**
 * ECR image references: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@sha256:<hex>]`.
 */

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._\-/]*?)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
/** Parses an ECR image reference; `input` names the action input for the error. */
function parseEcrImage(text, input) {
    const match = ECR_IMAGE.exec(text.trim());
    if (!match || (!match[4] && !match[5])) {
        throw new errors/* InputError */.dz(input, `'${text}' is not an ECR image; write it as <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> (or :<tag>), e.g. the image-uri output of build-push in another environment`);
    }
    const [, account, region, repository, tag, digest] = match;
    return {
        account,
        region,
        host: text.trim().split('/')[0],
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/container/copy-image.ts
/**
 * build-push's `source-image` path: copy an image that already passed another environment into this
 * environment's repository, byte for byte (`skopeo copy --all --preserve-digests`), so the digest stays the same
 * and prod never runs a rebuild. Works across accounts and regions: each side logs in with its own ECR token,
 * both kept in a private 0600 auth file, never on a command line.
 */










/** The auth file skopeo reads: one entry per registry host. */
function authFileContent(logins) {
    const auths = {};
    for (const login of logins)
        auths[login.host] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
    return JSON.stringify({ auths });
}
/** `skopeo copy` arguments: every platform, digests preserved, credentials from the auth file. */
function skopeoCopyArgs(authFile, source, target) {
    return [
        'copy',
        '--all',
        '--preserve-digests',
        '--retry-times',
        '3',
        '--src-authfile',
        authFile,
        '--dest-authfile',
        authFile,
        ...(source.insecure ? ['--src-tls-verify=false'] : []),
        ...(target.insecure ? ['--dest-tls-verify=false'] : []),
        `docker://${source.ref}`,
        `docker://${target.ref}`,
    ];
}
/** Copies `params.sourceImage` into the environment's repository. */
async function copyImage(params, deps) {
    const { log } = deps;
    const image = params.runtime.image;
    const source = parseEcrImage(params.sourceImage ?? '', 'source-image');
    const ecr = await deps.aws.ecr();
    const repo = await ensureRepository(repositorySpec(image), { ecr, log });
    const sourceEcr = await deps.awsFor(source.region).ecr();
    const sourceLogin = await ecrLogin(sourceEcr, deps.secret, source.account);
    const sourceRegistry = new RegistryClient(sourceLogin);
    const reference = source.digest ?? source.tag ?? '';
    const pushed = await (0,errors/* attempt */.CD)('read the source image', params.sourceImage ?? '', () => inspectPushedImage(sourceRegistry, source.repository, reference, platform/* AGENTCORE_PLATFORM */.nL));
    if (source.digest && pushed.digest !== source.digest)
        throw new errors/* ConfigError */.xL(`The source registry answered digest ${pushed.digest} for ${params.sourceImage}; refusing to copy a different image.`);
    assertPlatform(pushed, platform/* AGENTCORE_PLATFORM */.nL, params.sourceImage ?? '');
    log.info(`Source image ${source.host}/${source.repository}@${pushed.digest}: ${pushed.platforms.join(', ')}`);
    const result = (how) => ({
        imageUri: `${repo.uri}@${pushed.digest}`,
        digest: pushed.digest,
        tag: params.tag,
        repositoryUri: repo.uri,
        built: false,
        how,
        platforms: pushed.platforms,
        sizeBytes: pushed.sizeBytes,
        buildMs: 0,
        skippedTags: [],
    });
    const present = await (0,errors/* attempt */.CD)('describe the image', `${repo.name}@${pushed.digest}`, () => findImage(ecr, repo.name, { imageDigest: pushed.digest }));
    if (present) {
        log.info(`${repo.uri}@${pushed.digest} is already in this environment's repository; nothing to copy.`);
        return result('already-copied');
    }
    const targetLogin = await ecrLogin(ecr, deps.secret);
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(params.tempDir, 'agentcore-copy-'));
    const started = deps.clock.now();
    try {
        const authFile = (0,external_node_path_.join)(workDir, 'auth.json');
        (0,external_node_fs_.writeFileSync)(authFile, authFileContent([sourceLogin, targetLogin]), { mode: 0o600 });
        const args = skopeoCopyArgs(authFile, { ref: `${sourceLogin.host}/${source.repository}@${pushed.digest}`, insecure: sourceLogin.insecure }, { ref: `${targetLogin.host}/${repo.name}:${params.tag}`, insecure: targetLogin.insecure });
        await log.group(`Copy ${params.sourceImage} to ${repo.uri}`, () => (0,errors/* attempt */.CD)('copy the image with skopeo', `${repo.uri}:${params.tag}`, () => deps.runner.run({ program: 'skopeo', args }, { log })));
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
    const copied = await (0,errors/* attempt */.CD)('read back the copied manifest', `${repo.name}:${params.tag}`, () => new RegistryClient(targetLogin).getManifest(repo.name, params.tag));
    if (copied.digest !== pushed.digest)
        throw new errors/* ConfigError */.xL(`The copy of ${params.sourceImage} has digest ${copied.digest}, not ${pushed.digest}; the registry rewrote the manifest.`);
    log.info(`Copied ${pushed.digest} in ${Math.round((deps.clock.now() - started) / 100) / 10}s`);
    return result('copied');
}

;// CONCATENATED MODULE: ./shared/container/build-push.ts
/**
 * build-push's logic: ensure the ECR repository, skip when an image of the same source exists, otherwise log in,
 * build for the config's platform and push; then read the manifest back from the registry, check it holds the
 * platform AgentCore runs, and add the commit tag. The result names the image by digest.
 */













/** The build cache for a buildx build: the GitHub Actions cache when the runner offers it, else the registry. */
function chooseCache(params, env) {
    if (!params.enabled || params.builder !== 'buildx')
        return undefined;
    if (env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL))
        return { kind: 'gha', scope: params.scope };
    // An immutable repository refuses to move the cache tag after the first build.
    if (params.immutable)
        return undefined;
    return { kind: 'registry', ref: params.registryRef };
}
/** Resolves and checks the context and Dockerfile paths. */
function buildPaths(params) {
    const context = (0,external_node_path_.resolve)(params.workspace, params.runtime.image.context);
    const dockerfile = (0,external_node_path_.resolve)(context, params.runtime.image.dockerfile);
    const where = `runtimes.${params.runtime.key}.image`;
    if (!(0,external_node_fs_.existsSync)(context) || !(0,external_node_fs_.statSync)(context).isDirectory())
        throw new errors/* ConfigError */.xL(`The build context '${params.runtime.image.context}' (${context}) is not a directory. Fix ${where}.context (it is relative to the repository root).`);
    if (!(0,external_node_fs_.existsSync)(dockerfile))
        throw new errors/* ConfigError */.xL(`The Dockerfile '${params.runtime.image.dockerfile}' was not found at ${dockerfile}. Fix ${where}.dockerfile (it is relative to the context).`);
    return { context, dockerfile };
}
/** Adds `tag` to the image with `digest` unless it already names it; an immutable tag naming another image is left. */
async function addTag(registry, repo, tag, digest, deps) {
    const ecr = await deps.aws.ecr();
    const current = await (0,errors/* attempt */.CD)('describe the image tagged', `${repo.name}:${tag}`, () => findImage(ecr, repo.name, { imageTag: tag }));
    if (current?.digest === digest)
        return true;
    if (current && repo.immutable) {
        deps.log.warning(`Tag '${tag}' already names another image (${current.digest}) in the IMMUTABLE repository ${repo.name}; it was left as it is. Use the image-uri output (pinned by digest).`);
        return false;
    }
    await (0,errors/* attempt */.CD)('tag the image', `${repo.name}:${tag}`, async () => {
        const manifest = await registry.getManifest(repo.name, digest);
        await registry.putManifest(repo.name, tag, manifest);
    });
    deps.log.info(`Tagged ${digest} as ${repo.name}:${tag}`);
    return true;
}
/** Runs build-push. */
async function buildAndPushImage(params, deps) {
    const { runtime } = params;
    const { log } = deps;
    const image = runtime.image;
    if (params.sourceImage) {
        if (!params.push)
            throw new errors/* ConfigError */.xL("Input 'source-image' copies an image into this environment's repository; it cannot be combined with push: false.");
        return copyImage(params, deps);
    }
    assertBuildArgNames('secrets', Object.keys(params.secrets));
    const buildArgs = mergeBuildArgs(image.buildArgs, params.buildArgs);
    const { context, dockerfile } = buildPaths(params);
    const srcTag = sourceTag({ context, dockerfile, platform: image.platform, buildArgs, secrets: params.secrets });
    log.info(`Source tag ${srcTag} (context ${context}, platform ${image.platform})`);
    const ecr = await deps.aws.ecr();
    // push: false only checks that the image builds: nothing is created or looked up in AWS.
    const repo = params.push
        ? await ensureRepository(repositorySpec(image), { ecr, log })
        : {
            name: image.repository,
            uri: `${params.environment.account}.dkr.ecr.${params.environment.region}.amazonaws.com/${image.repository}`,
            registryId: params.environment.account,
            arn: '',
            immutable: image.tagMutability === 'IMMUTABLE',
            created: false,
        };
    const existing = params.push
        ? await (0,errors/* attempt */.CD)('describe the image tagged', `${image.repository}:${srcTag}`, () => findImage(ecr, image.repository, { imageTag: srcTag }))
        : undefined;
    let login;
    const getLogin = async () => (login ??= await ecrLogin(ecr, deps.secret));
    let buildMs = 0;
    let how = 'reused';
    if (existing) {
        log.info(`An image for this source already exists: ${repo.uri}:${srcTag} (${existing.digest}). Nothing to build or push.`);
    }
    else {
        const warning = (0,platform/* emulationWarning */.DT)(image.platform, deps.hostArch, deps.binfmtHandlers, (0,external_node_fs_.readFileSync)(dockerfile, 'utf8'));
        if (warning)
            log.warning(warning);
        const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(params.tempDir, 'agentcore-build-'));
        const builder = await (0,container_builder/* loadBuilder */.wT)(params.builder, { runner: deps.runner, log, workDir });
        try {
            const registry = params.push ? await getLogin() : undefined;
            const host = registry?.host ?? repo.uri.split('/')[0];
            const spec = {
                context,
                dockerfile,
                platform: image.platform,
                buildArgs,
                secrets: params.secrets,
                labels: { 'io.agentcore-actions.source': srcTag, 'io.agentcore-actions.runtime': runtime.agentRuntimeName },
                image: `${host}/${image.repository}:${srcTag}`,
                cache: chooseCache({
                    enabled: params.cache,
                    builder: params.builder,
                    scope: `agentcore-${runtime.agentRuntimeName}`,
                    registryRef: `${host}/${image.repository}:buildcache`,
                    immutable: repo.immutable,
                }, deps.env),
                insecure: registry?.insecure ?? false,
                push: params.push,
            };
            const started = deps.clock.now();
            await log.group(`Build ${image.repository} for ${image.platform} with ${params.builder}`, async () => {
                if (registry)
                    await (0,errors/* attempt */.CD)('log in to the registry', registry.host, () => builder.login(registry));
                await (0,errors/* attempt */.CD)(`build and push with ${params.builder}`, spec.image, () => builder.buildAndPush(spec));
            });
            buildMs = deps.clock.now() - started;
            how = params.push ? 'built' : 'built-not-pushed';
        }
        finally {
            await builder.cleanup();
            (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
        }
    }
    if (!params.push) {
        return {
            imageUri: '',
            digest: '',
            tag: params.tag,
            repositoryUri: repo.uri,
            built: true,
            how,
            sourceTag: srcTag,
            platforms: [image.platform],
            sizeBytes: 0,
            buildMs,
            skippedTags: [],
        };
    }
    const registry = new RegistryClient(await getLogin());
    const pushed = await (0,errors/* attempt */.CD)('read back the pushed manifest', `${image.repository}:${srcTag}`, () => inspectPushedImage(registry, image.repository, srcTag, platform/* AGENTCORE_PLATFORM */.nL));
    log.info(`The registry holds ${image.repository}:${srcTag} as ${pushed.digest}: ${pushed.platforms.join(', ')}`);
    // AgentCore runs arm64 whatever the config's platform says: that is what must be in the image.
    assertPlatform(pushed, platform/* AGENTCORE_PLATFORM */.nL, `${repo.uri}:${srcTag}`);
    const skippedTags = [];
    if (params.tag !== srcTag && !(await addTag(registry, repo, params.tag, pushed.digest, deps)))
        skippedTags.push(params.tag);
    return {
        imageUri: `${repo.uri}@${pushed.digest}`,
        digest: pushed.digest,
        tag: params.tag,
        repositoryUri: repo.uri,
        built: how === 'built',
        how,
        sourceTag: srcTag,
        platforms: pushed.platforms,
        sizeBytes: pushed.sizeBytes,
        buildMs,
        skippedTags,
    };
}


/***/ })

};
