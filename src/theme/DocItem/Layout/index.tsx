import React, {type ReactNode} from 'react';
import Layout from '@theme-original/DocItem/Layout';
import type LayoutType from '@theme/DocItem/Layout';
import type {WrapperProps} from '@docusaurus/types';
import AssignmentBar from '@site/src/components/training/AssignmentBar';

type Props = WrapperProps<typeof LayoutType>;

/** Every content page: the assignment bar (shown only when opened from an assignment), then the page. */
export default function LayoutWrapper(props: Props): ReactNode {
  return (
    <>
      <AssignmentBar />
      <Layout {...props} />
    </>
  );
}
